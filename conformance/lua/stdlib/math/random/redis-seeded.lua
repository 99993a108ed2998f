--[==[
description: "math.random in Redis after math.randomseed(42) (Redis's own generator)"
spec: [lib.math.random, lib.math.randomseed]
features: []
flags: [redis]
negative: false
]==]
math.randomseed(42)
return {math.random(1000), math.random(1000), math.random(1000)}
