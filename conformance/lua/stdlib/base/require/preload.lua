--[==[
description: "require uses package.preload and caches in package.loaded"
spec: [lib.base.require, lib.package.preload]
features: []
flags: []
negative: false
]==]
local calls = 0
package.preload["redlua_pre"] = function(name) calls = calls + 1 return {name = name} end
local m = require("redlua_pre")
print(m.name, calls, require("redlua_pre") == m, calls, package.loaded.redlua_pre == m)
package.preload["redlua_true"] = function() end
print(require("redlua_true"), package.loaded.redlua_true)
