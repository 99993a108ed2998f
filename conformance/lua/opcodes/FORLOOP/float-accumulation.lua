--[==[
description: "a float step accumulates rounding error"
spec: [op.FORLOOP, lang.for.numeric]
features: []
flags: []
negative: false
]==]
local n = 0
for x = 0, 1, 0.1 do n = n + 1 end
print(n)
for x = 1, 3, 1 do n = n + x end
print(n)
