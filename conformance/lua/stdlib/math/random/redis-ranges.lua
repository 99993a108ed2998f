--[==[
description: "math.random ranges and errors in Redis after a fixed seed"
spec: [lib.math.random]
features: []
flags: [redis]
negative: false
]==]
math.randomseed(7)
local f = math.random()
local ok = f >= 0 and f < 1
return {tostring(ok), math.random(3, 3), select(2, pcall(math.random, 2, 1)), select(2, pcall(math.random, 1, 2, 3))}
