--[==[
description: "__le falls back to not __lt(b, a)"
spec: [op.LE, lang.metatable.le]
features: []
flags: []
negative: false
]==]
local mt = {__lt = function(x, y) return x.v < y.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(a <= b, b <= a)
