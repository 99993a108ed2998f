--[==[
description: "SETGLOBAL creates and updates globals"
spec: [op.SETGLOBAL]
features: []
flags: []
negative: false
]==]
counter = 1
counter = counter + 1
print(counter, _G.counter)
function named() return "named function" end
print(named())
