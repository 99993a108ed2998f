--[==[
description: "tostring without an argument and with a failing __tostring"
spec: [lib.base.tostring]
features: []
flags: []
negative: false
]==]
print(pcall(tostring))
print(pcall(tostring, setmetatable({}, {__tostring = function() error("ts fail", 0) end})))
print(pcall(tostring, setmetatable({}, {__tostring = function() return 1 end})))
