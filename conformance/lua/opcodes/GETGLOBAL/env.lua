--[==[
description: "a global read goes through the function environment (_G)"
spec: [op.GETGLOBAL]
features: []
flags: []
negative: false
]==]
x = 1
_G.x = 2
print(x, _G["x"])
