--[==[
description: "print calls tostring, including __tostring metamethods"
spec: [lib.base.print]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__tostring = function() return "custom" end})
print(t, nil, true, 1.5, "s")
print()
print(1e15, 1e16, -0, 0/0 ~= 0/0)
