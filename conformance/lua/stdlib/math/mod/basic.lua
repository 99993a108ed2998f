--[==[
description: "math.mod is the deprecated alias of math.fmod"
spec: [lib.math.mod]
features: []
flags: []
negative: false
]==]
print(math.mod(7, 3), math.mod(-7, 3), math.mod(5.5, 2), math.mod == math.fmod)
