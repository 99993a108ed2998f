--[==[
description: "fractions print with 14 significant digits"
spec: [lang.numfmt.g14]
features: []
flags: []
negative: false
]==]
print(0.1, 1/3, 2/3, 0.1 + 0.2, 100 / 7)
print(1e-5, 0.0001, 1.5e-10, 123.456)
print(3.14159265358979, math.pi)
