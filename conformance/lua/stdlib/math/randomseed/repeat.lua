--[==[
description: "math.randomseed with the same seed repeats the sequence"
spec: [lib.math.randomseed]
features: []
flags: []
negative: false
]==]
math.randomseed(123)
local a = {math.random(1000), math.random(1000), math.random(1000)}
math.randomseed(123)
local b = {math.random(1000), math.random(1000), math.random(1000)}
print(a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
math.randomseed("123")
print(math.random(1000) == a[1])
print(select('#', math.randomseed(1)))
