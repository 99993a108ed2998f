--[==[
description: "closure reads an upvalue"
spec: [op.GETUPVAL, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local n = 5
local function get() return n end
print(get())
n = 6
print(get())
