--[==[
description: "modulo by zero gives nan"
spec: [op.MOD, lang.numfmt.nan]
features: []
flags: []
negative: false
]==]
local a, z = 5, 0
local r = a % z
print(r ~= r)
