--[==[
description: "math.log10 of powers of ten"
spec: [lib.math.log10]
features: []
flags: []
negative: false
]==]
print(math.log10(1), math.log10(10), math.log10(1000), math.log10(0.01))
