--[==[
description: "small __index functions and __call metamethods reached from hot loops (an implementation may inline them): absent and present keys, results adjusted to one value or to the call's count, the metamethod or metatable changing mid-loop, a metamethod writing fields and then leaving the fast path, and count hooks seeing every instruction of the metamethods, and the C-call limit reached through the __index call"
spec: [lang.hot-loops, lang.metatable.index, lang.metatable.call, lang.limits.c-calls]
features: []
flags: []
negative: false
]==]
-- __index function: only absent keys reach it; none, one or two results
local doubled = setmetatable({ [7] = "seven" }, { __index = function(t, k) return k * 2 end })
local nothing = setmetatable({}, { __index = function() end })
local twice = setmetatable({}, { __index = function(t, k) return k, k end })
local s, nils, strs = 0, 0, 0
for i = 1, 3000 do
  local v = doubled[i % 10]
  if type(v) == "string" then strs = strs + 1 else s = s + v end
  if nothing[i] == nil then nils = nils + 1 end
  s = s + twice[i]
end
print(s, nils, strs)

-- the __index function reads its table and an upvalue; keys are set halfway
local base = 100
local proxy = setmetatable({ off = 5 }, { __index = function(t, k) return base + t.off + k end })
local acc = 0
for i = 1, 3000 do
  acc = acc + proxy[i % 50]
  if i == 1500 then
    for j = 0, 24 do proxy[j] = -j end
    base = 1000
  end
end
print(acc)

-- the metamethod swapped for another function, then for a table, then removed
local mt = { __index = function(t, k) return k + 1 end }
local obj = setmetatable({}, mt)
local seen = {}
local sum = 0
for i = 1, 4000 do
  local v = obj[i]
  sum = sum + (v or 0)
  if i == 1000 then mt.__index = function(t, k) return k - 1 end end
  if i == 2000 then mt.__index = { [2500] = 99 } end
  if i == 3000 then setmetatable(obj, nil) end
end
print(sum)

-- a metamethod that writes a field, then leaves the fast path (a string operand): the write
-- happens exactly once per lookup
local log = { n = 0 }
local counted = setmetatable({ add = 1 }, { __index = function(t, k) log.n = log.n + 1; return k + t.add end })
local total = 0
for i = 1, 3000 do
  if i == 2000 then counted.add = "2" end
  total = total + counted[i]
end
print(total, log.n)

-- __call: the table comes first; arguments missing or extra; results adjusted
local callable = setmetatable({ k = 3 }, { __call = function(self, x, y) return x * self.k, y end })
local c1, c2, c3 = 0, 0, 0
for i = 1, 3000 do
  c1 = c1 + callable(i)
  local a, b = callable(i, i + 1)
  c2 = c2 + a + b
  local p, q, r = callable(i)
  if q == nil and r == nil then c3 = c3 + p end
end
print(c1, c2, c3)

-- __call replaced mid-loop, and the called value becoming a plain function
local meta = { __call = function(self, x) return x + 1 end }
local cobj = setmetatable({}, meta)
local f = cobj
local cs = 0
for i = 1, 3000 do
  cs = cs + f(i)
  if i == 1000 then meta.__call = function(self, x) return x * 2 end end
  if i == 2000 then f = function(x) return -x end end
end
print(cs)

-- count hooks see the metamethods' instructions (each period runs a fresh copy of the loop)
local body = [[
  local obj, fn = ...
  local s = 0
  for i = 1, 2000 do s = s + obj[i] + fn(i) end
  return s
]]
local idx = setmetatable({}, { __index = function(t, k) local a = k * 2; return a + 1 end })
local cal = setmetatable({}, { __call = function(self, x) return x - 1 end })
local counts = {}
for _, period in ipairs({ 1000, 100, 37, 7, 3, 1 }) do
  local f = loadstring(body)
  local n = 0
  debug.sethook(function() n = n + 1 end, "", period)
  local r = f(idx, cal)
  debug.sethook()
  counts[#counts + 1] = period .. ":" .. n .. ":" .. r
end
print(table.concat(counts, " "))

-- the __index call is a C call (luaD_call): at the C-call limit it overflows
local lookup = setmetatable({}, { __index = function(t, k) return k end })
local function loop()
  local r = 0
  for i = 1, 200 do r = r + lookup[i] end
  return r
end
local function nest(n)
  if n == 0 then return loop() end
  local ok, v = pcall(nest, n - 1)
  if not ok then return "err: " .. v end
  return v
end
for _, n in ipairs({ 10, 150, 190, 194, 195, 196, 197, 198, 199 }) do
  print(n, nest(n))
end
