--[==[
description: "floor of positive, negative, integral and huge values"
spec: [lib.math.floor]
features: []
flags: []
negative: false
]==]
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.floor(-0.5), math.floor(1e100))
print(math.floor("2.5"))
