--[==[
description: "a chain of concatenations is one CONCAT over consecutive registers"
spec: [op.CONCAT]
features: []
flags: []
negative: false
]==]
local a, b, c, d = "a", "b", "c", "d"
local s = a .. b .. c .. d
print(s, #s)
