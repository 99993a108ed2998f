--[==[
description: "unpack of a moderately large range and of numeric string bounds"
spec: [lib.base.unpack]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 200 do t[i] = i end
print(select("#", unpack(t)), (select(200, unpack(t))))
print(unpack({1, 2, 3}, "2", "3"))
