--[==[
description: "__eq is called only for two tables sharing the metamethod"
spec: [op.EQ, lang.metatable.eq]
features: []
flags: []
negative: false
]==]
local mt = {__eq = function(x, y) return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local c = {}
print(a == b, a == c, a ~= b)
