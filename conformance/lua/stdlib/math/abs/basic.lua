--[==[
description: "abs, sqrt, pow, exp, log, log10"
spec: [lib.math.abs, lib.math.sqrt, lib.math.pow, lib.math.exp, lib.math.log, lib.math.log10]
features: []
flags: []
negative: false
]==]
print(math.abs(-3), math.abs(2.5), math.sqrt(16), math.sqrt(2), math.pow(2, 8))
print(math.exp(0), math.log(1), math.log10(1000), math.log(math.exp(2)))
print(math.sqrt(-1) ~= math.sqrt(-1))
