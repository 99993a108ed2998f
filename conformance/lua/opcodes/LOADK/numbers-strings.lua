--[==[
description: "LOADK loads number and string constants"
spec: [op.LOADK]
features: []
flags: []
negative: false
]==]
local a = 42
local b = "hello"
local c = 3.25
local d = -7
print(a, b, c, d)
