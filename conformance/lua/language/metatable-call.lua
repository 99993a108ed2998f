--[==[
description: "__call makes a table callable"
spec: [lang.metatable.call]
features: []
flags: []
negative: false
]==]
local c = setmetatable({}, {__call = function(self, a, b) return a + b, self end})
local r, s = c(2, 3)
print(r, s == c)
