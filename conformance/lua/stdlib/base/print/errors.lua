--[==[
description: "print errors when tostring does not return a string"
spec: [lib.base.print]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__tostring = function() return 1 end})
print(pcall(print, t))
local saved = tostring
tostring = function() return nil end
local ok, e = pcall(print, 1)
tostring = saved
print(ok, e)
