--[==[
description: "math.random after math.randomseed follows the Redis generator"
spec: [lib.math.random, lib.math.randomseed]
features: []
flags: [redis]
negative: false
]==]
math.randomseed(42)
return {math.random(1000), math.random(1000), math.random(1000), math.random(5, 10), tostring(math.random() < 1)}
