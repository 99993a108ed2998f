--[==[
description: "tostring of numbers, booleans, nil and __tostring"
spec: [lib.base.tostring]
features: []
flags: []
negative: false
]==]
print(tostring(1/3), tostring(100), tostring(-0.0), tostring(1e100), tostring(2^53))
print(tostring(nil), tostring(false), tostring("s"))
print(tostring(setmetatable({}, {__tostring = function() return "T!" end})))
print(tostring(print):match("^function") ~= nil, tostring({}):match("^table: ") ~= nil)
