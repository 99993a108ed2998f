--[==[
description: "fmod keeps the sign of the dividend, unlike %"
spec: [lib.math.fmod, lib.math.mod]
features: []
flags: []
negative: false
]==]
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
print(-7 % 3, 7 % -3)
print(math.fmod(1, 0) ~= math.fmod(1, 0))
