--[==[
description: "math.sinh overflow"
spec: [lib.math.sinh]
features: []
flags: []
negative: false
]==]
print(math.sinh(1000), math.sinh(-1000), math.sinh(1/0))
