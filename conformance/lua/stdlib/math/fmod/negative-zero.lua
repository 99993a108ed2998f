--[==[
description: "math.fmod results carry the sign of the dividend"
spec: [lib.math.fmod]
features: []
flags: []
negative: false
]==]
print(1 / math.fmod(-4, 2), math.fmod(-6.5, 2), math.fmod(6.5, -2))
