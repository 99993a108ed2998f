--[==[
description: "math functions require numbers"
spec: [lib.math.floor]
features: []
flags: []
negative: false
]==]
print(pcall(math.floor, "x"))
print(pcall(math.floor))
print(pcall(math.fmod, 1))
