--[==[
description: "require of a module whose loader fails leaves package.loaded unset"
spec: [lib.package.loaded]
features: []
flags: []
negative: false
]==]
package.preload.redlua_bad = function() error("loader failed") end
print(pcall(require, "redlua_bad"))
print(type(package.loaded.redlua_bad))
