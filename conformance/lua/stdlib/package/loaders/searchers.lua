--[==[
description: "package.loaders has four searchers; the preload one reports missing fields"
spec: [lib.package.loaders]
features: []
flags: []
negative: false
]==]
print(#package.loaders, type(package.loaders[1]), type(package.loaders[4]))
print(package.loaders[1]("redlua_none"))
package.preload.redlua_p = function() return "P" end
print(package.loaders[1]("redlua_p") == package.preload.redlua_p)
