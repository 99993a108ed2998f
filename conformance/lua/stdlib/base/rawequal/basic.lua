--[==[
description: "rawequal ignores __eq"
spec: [lib.base.rawequal]
features: []
flags: []
negative: false
]==]
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a), rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil))
