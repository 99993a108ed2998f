--[==[
description: "setfenv with a stack level changes the running function's environment"
spec: [lib.base.setfenv]
features: []
flags: []
negative: false
]==]
local function f()
  setfenv(1, {print = print, y = "in env"})
  print(y)
end
f()
y = "global y"
print(y)
