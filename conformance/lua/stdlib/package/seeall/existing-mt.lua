--[==[
description: "package.seeall reuses an existing metatable"
spec: [lib.package.seeall]
features: []
flags: []
negative: false
]==]
local mt = {__tostring = function() return "T" end}
local t = setmetatable({}, mt)
package.seeall(t)
print(getmetatable(t) == mt, tostring(t), t.type == type)
