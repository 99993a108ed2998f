--[==[
description: "preload loaders get the module name; a nil result stores true"
spec: [lib.package.preload]
features: []
flags: []
negative: false
]==]
package.preload["redlua.dotted"] = function(...) print("loader args", ...) end
print(require("redlua.dotted"), package.loaded["redlua.dotted"])
