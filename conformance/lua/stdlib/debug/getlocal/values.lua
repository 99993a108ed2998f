--[==[
description: "debug.getlocal and debug.setlocal on the running function"
spec: [lib.debug.getlocal, lib.debug.setlocal]
features: []
flags: []
negative: false
]==]
local function f(a, b)
  local c = a + b
  print(debug.getlocal(1, 1))
  print(debug.getlocal(1, 3))
  local tn = debug.getlocal(1, 4)
  print(tn)
  print(debug.setlocal(1, 3, 100), c)
end
f(1, 2)
