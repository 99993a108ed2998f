--[==[
description: "math.pi is an ordinary field and can be reassigned"
spec: [lib.math.pi]
features: []
flags: []
negative: false
]==]
local old = math.pi
math.pi = 3
print(math.pi, old == 4 * math.atan(1))
math.pi = old
print(math.pi == old, type(math.pi))
