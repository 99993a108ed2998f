--[==[
description: "# after appending into the hash part"
spec: [lang.length.border]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 10 do t[i] = i end
t[5] = nil
print(#t)
t[11] = 11
print(#t)
local u = {}
u[3] = 3 u[2] = 2 u[1] = 1
print(#u)
