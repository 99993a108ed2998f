--[==[
description: "__index as a table and as a function, chains"
spec: [lang.metatable.index]
features: []
flags: []
negative: false
]==]
local base = {greet = "hi"}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet, obj.nothing)
local f = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(f.x, f[1], rawget(f, "x"))
