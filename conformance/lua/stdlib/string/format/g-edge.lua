--[==[
description: "string.format %g chooses between fixed and exponent notation"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%g %g %g %g %g", 100000, 1000000, 0.0001, 0.00001, 123456789))
print(string.format("%.0g %.1g %#.3g %g", 5.5, 0.05, 1, -0.0))
