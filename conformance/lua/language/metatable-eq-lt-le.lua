--[==[
description: "__eq, __lt, __le and mixed types"
spec: [lang.metatable.eq, lang.metatable.lt, lang.metatable.le]
features: []
flags: []
negative: false
]==]
local mt = {__eq = function() return true end, __lt = function() return true end, __le = function() return false end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, a < b, a <= b, a > b, a >= b)
local c = setmetatable({}, {__eq = mt.__eq})
print(a == c)
print(pcall(function() return a < 1 end))
