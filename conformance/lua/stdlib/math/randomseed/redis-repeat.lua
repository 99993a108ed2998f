--[==[
description: "math.randomseed repeats the Redis sequence; a bad seed is an error"
spec: [lib.math.randomseed]
features: []
flags: [redis]
negative: false
]==]
math.randomseed(5)
local a = math.random(100000)
math.randomseed(5)
local b = math.random(100000)
return {tostring(a == b), select(2, pcall(math.randomseed, "x"))}
