--[==[
description: "require uses package.preload and caches in package.loaded"
spec: [lib.base.require, lib.package.preload, lib.package.loaded, lib.package.loaders]
features: []
flags: []
negative: false
]==]
local calls = 0
package.preload.mymod = function(name) calls = calls + 1 return {name = name} end
local m = require("mymod")
local m2 = require("mymod")
print(m.name, m == m2, calls, package.loaded.mymod == m)
print(package.loaded.string == string, package.loaded._G == _G, #package.loaders)
