--[==[
description: "metatables, coercions and string keys appearing in the middle of a hot loop"
spec: [lang.hot-loops, lang.metatable.index, lang.coercion.arith]
features: []
flags: []
negative: false
]==]
local t = { x = 1 }
local sum = 0
for i = 1, 2000 do
  if i == 1000 then
    t = setmetatable({}, { __index = function(_, k) return #k * 10 end })
  end
  sum = sum + t.x
end
print(sum)
-- __add on a value that becomes a table halfway
local acc = 0
local v = 1
local mt = { __add = function(a, b) return 1000 end, __unm = function() return -5 end, __len = function() return 99 end }
for i = 1, 500 do
  if i == 250 then v = setmetatable({}, mt) end
  acc = acc + (v + i)
  if i > 250 then acc = acc + (-v) end
end
print(acc)
-- numeric strings in arithmetic and for limits
local s = 0
for i = 1, 600 do
  local x = (i % 100 == 0) and "10" or i
  s = s + x * 2 - "1"
end
print(s)
for i = "1", "3" do s = s + i end
print(s)
-- __newindex and __index tables; rawset; a table that gets a metatable mid-loop
local log = {}
local proxy = {}
local store = {}
for i = 1, 400 do
  if i == 200 then setmetatable(proxy, { __newindex = function(_, k, val) store[k] = val * 2 end, __index = store }) end
  proxy[i % 50] = i
end
local n = 0
for k, val in pairs(store) do n = n + val end
print(n, proxy[7], rawget(proxy, 7), proxy[30])
-- __eq and __lt on objects compared in a loop
local A = setmetatable({}, { __eq = function() return true end, __lt = function() return true end, __le = function() return false end })
local B = setmetatable({}, getmetatable(A))
local eq, lt, le = 0, 0, 0
for i = 1, 300 do
  if A == B then eq = eq + 1 end
  if A < B then lt = lt + 1 end
  if A <= B then le = le + 1 end
end
print(eq, lt, le)
-- string indexing through the string metatable, and #s
local total = 0
local str = "hello"
for i = 1, 300 do total = total + #str + (str.len and 1 or 0) end
print(total)
