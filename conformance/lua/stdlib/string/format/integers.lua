--[==[
description: "string.format integer conversions truncate and pad"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%d %5d %-5d| %05d %i", 3.9, -42, 7, 42, -3.9))
print(string.format("%u %x", 42, 3735928559))
print(string.format("%.3d %+.2d", 5, 7))
