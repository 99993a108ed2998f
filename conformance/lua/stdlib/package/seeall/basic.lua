--[==[
description: "package.seeall makes a table inherit globals"
spec: [lib.package.seeall]
features: []
flags: []
negative: false
]==]
local t = {}
package.seeall(t)
print(t.print == print, getmetatable(t).__index == _G, rawget(t, "print"))
