--[==[
description: "# border of tables with holes follows the array/hash layout"
spec: [lang.length.border]
features: []
flags: []
negative: false
]==]
print(#{1, 2, nil, 4})
print(#{1, nil, 3})
print(#{nil, nil, 3})
print(#{1, 2, 3, nil})
print(#{nil})
local t = {}
t[1] = 1 t[2] = 2 t[4] = 4
print(#t)
local u = {1, 2, 3}
u[2] = nil
print(#u)
local v = {n = 1, [1] = "a", [2] = "b", [3] = "c"}
print(#v)
