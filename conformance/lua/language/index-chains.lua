--[==[
description: "__index and __newindex chains of tables: long finite chains around MAXTAGLOOP (100), cycles ending in 'loop in gettable' / 'loop in settable', chains that end in a function, and method calls through class hierarchies"
spec: [lang.metatable.index, lang.metatable.newindex]
features: []
flags: []
negative: false
]==]
local function chain(n, leaf)
  local t = leaf
  for i = 1, n do t = setmetatable({}, { __index = t, __newindex = t }) end
  return t
end
for _, n in ipairs({ 1, 2, 50, 98, 99, 100, 101, 150 }) do
  local top = chain(n, { v = "leaf" .. n })
  local ok, r = pcall(function() return top.v end)
  local ok2, r2 = pcall(function() return top.missing end)
  local ok3, r3 = pcall(function() top.w = 1 end)
  print(n, ok, r, ok2, r2, ok3, r3)
end
local a, b = setmetatable({}, {}), setmetatable({}, {})
getmetatable(a).__index = b
getmetatable(b).__index = a
getmetatable(a).__newindex = b
getmetatable(b).__newindex = a
print(pcall(function() return a.x end))
print(pcall(function() a.x = 1 end))
local fnleaf = setmetatable({}, { __index = function(t, k) return "fn:" .. k end })
local viaFn = chain(3, fnleaf)
print(viaFn.q, rawget(viaFn, "q"))
-- a three-level class hierarchy with methods found at every level
local Base = {}
Base.__index = Base
function Base:kind() return "base" end
function Base:name() return "n:" .. self:kind() end
local Mid = setmetatable({}, { __index = Base })
Mid.__index = Mid
function Mid:kind() return "mid" end
local Leaf = setmetatable({}, { __index = Mid })
Leaf.__index = Leaf
function Leaf:extra() return "x" end
local objs = { setmetatable({}, Base), setmetatable({}, Mid), setmetatable({}, Leaf) }
local out = {}
for i = 1, 300 do
  local o = objs[i % 3 + 1]
  out[#out + 1] = o:name() .. (o.extra and o:extra() or "-")
end
print(table.concat(out, " ", 1, 6), #out)
-- a field set later at a lower level is seen through the chain
Base.late = "late"
print(objs[3].late, objs[2].late)
