--[==[
description: "closures share upvalues created in the same scope"
spec: [lang.closure.shared, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local function counter()
  local c = 0
  return {inc = function() c = c + 1 return c end, dec = function() c = c - 1 return c end}
end
local a, b = counter(), counter()
print(a.inc(), a.inc(), a.dec(), b.inc())
