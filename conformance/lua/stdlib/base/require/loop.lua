--[==[
description: "require detects a loop while a module is loading"
spec: [lib.base.require]
features: []
flags: []
negative: false
]==]
package.preload["redlua_loop"] = function() return require("redlua_loop") end
local ok, e = pcall(require, "redlua_loop")
print(ok, e)
