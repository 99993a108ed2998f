--[==[
description: "Lua metamethods' results: only the first counts, none is nil, and comparisons take their truth (0 and '' are true, nil and false are false)"
spec: [lang.metamethod-frames, lang.metatable.index, lang.metatable.lt, lang.metatable.le, lang.metatable.eq]
features: []
flags: []
negative: false
]==]
local mt = {}
mt.__index = function(t, k) if k == "none" then return end return k, "ignored", "too" end
mt.__add = function(a, b) return "sum", "extra" end
mt.__unm = function(a) return nil end
local ri = 0
local function pick()
  ri = ri + 1
  local m = ri % 7
  if m == 0 then return nil elseif m == 1 then return false elseif m == 2 then return 0
  elseif m == 3 then return "" elseif m == 4 then return true elseif m == 5 then return end
  return "no", false
end
mt.__eq = function(a, b) return pick() end
mt.__lt = function(a, b) return pick() end
mt.__le = function(a, b) return pick() end
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a.x, a.none, a[1], select("#", a.none))
print(a + b, a + 1, 2 + a, -a)
local eqs, lts, les = {}, {}, {}
for i = 1, 12 do
  eqs[#eqs + 1] = tostring(a == b) .. "/" .. tostring(a ~= b)
  lts[#lts + 1] = tostring(a < b) .. "/" .. tostring(a > b)
  if a <= b then les[#les + 1] = "T" else les[#les + 1] = "F" end
  if not (a >= b) then les[#les + 1] = "n" end
end
print(table.concat(eqs, " "))
print(table.concat(lts, " "))
print(table.concat(les, ""))
-- the result register may be an operand of the same instruction
local x = a
x = x + x
print(x)
local y = a
y = y.y
print(y)
