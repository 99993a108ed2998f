--[==[
description: "generic for over next (pairs' own and the global one), hot and not: one, two and three loop variables, fields cleared and overwritten during the traversal, an invalid control key, a non-table state, next replaced by a Lua function, and the C-call limit reached by the iterator call"
spec: [lang.hot-loops, lang.for.generic, lib.base.next, lib.base.pairs, lang.limits.c-calls]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 40 do t[i] = i end
for i = 1, 40 do t["k" .. i] = i * 2 end
t[1.5] = "half"
t[true] = "yes"

-- one, two and three variables, in many short traversals (each loop is hot)
local count, sum, extras = 0, 0, 0
for round = 1, 200 do
  for k in pairs(t) do count = count + 1 end
  for k, v in pairs(t) do if type(v) == "number" then sum = sum + v end end
  for k, v, x in next, t do if x == nil then extras = extras + 1 end end
end
print(count, sum, extras)

-- the order of a traversal is next's order
local order = {}
for k, v in pairs(t) do order[#order + 1] = tostring(k) end
print(#order, order[1], order[40], order[41], order[#order])

-- fields cleared and overwritten while traversing (allowed by the manual, 5.1 §5.1 next)
local u = {}
for i = 1, 100 do u["f" .. i] = i end
local seen, cleared = 0, 0
for k, v in pairs(u) do
  seen = seen + 1
  if v % 3 == 0 then u[k] = nil; cleared = cleared + 1 else u[k] = v * 10 end
end
local left = 0
for k, v in pairs(u) do left = left + v end
print(seen, cleared, left)

-- an invalid control key, and a state that is not a table
print(pcall(function() local n = 0 for k in next, t, "absent" do n = n + 1 end return n end))
print(pcall(function() for k in next, "str" do end end))
print(pcall(function() local n = 0 for k in next, t, 1.25 do n = n + 1 end return n end))

-- next replaced by a Lua function halfway through a hot loop of traversals
local calls = 0
local realnext = next
local iter = next
local total = 0
for round = 1, 300 do
  for k, v in iter, t do total = total + 1 end
  if round == 150 then iter = function(s, k) calls = calls + 1 return realnext(s, k) end end
end
print(total, calls)

-- the iterator call is a C call (luaD_call): at the C-call limit it overflows
local small = { a = 1, b = 2, c = 3 }
local function loop()
  local r = 0
  for round = 1, 100 do for k, v in pairs(small) do r = r + v end end
  return r
end
local function nest(n)
  if n == 0 then return loop() end
  local ok, v = pcall(nest, n - 1)
  if not ok then return "err: " .. v end
  return v
end
for _, n in ipairs({ 10, 190, 195, 196, 197, 198, 199 }) do
  print(n, nest(n))
end
