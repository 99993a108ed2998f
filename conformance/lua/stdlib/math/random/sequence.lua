--[==[
description: "math.random with a fixed seed gives a reproducible sequence (glibc)"
spec: [lib.math.random]
features: []
flags: []
negative: false
]==]
math.randomseed(1)
local t = {}
for i = 1, 5 do t[i] = math.random(100) end
print(table.concat(t, " "))
