--[==[
description: "debug.getlocal of parameters and of a function given as argument (5.1 has no parameter names API)"
spec: [lib.debug.getlocal]
features: []
flags: []
negative: false
]==]
local function f(a, b, ...)
  local n1 = debug.getlocal(1, 1)
  local n2 = debug.getlocal(1, 2)
  return n1, n2
end
print(f(1, 2, 3))
print(pcall(debug.getlocal, f, 1))
