--[==[
description: "require fails when package.loaders is not a table; searchers check arguments"
spec: [lib.package.loaders]
features: []
flags: []
negative: false
]==]
package.loaders = nil
print(pcall(require, "redlua_z"))
print(pcall(function() return type(require) end))
