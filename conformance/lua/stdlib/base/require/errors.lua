--[==[
description: "require of a missing module lists the searched places"
spec: [lib.base.require]
features: []
flags: []
negative: false
]==]
package.path = "./?.lua"
package.cpath = ""
print(pcall(require, "redlua_missing_mod"))
print(pcall(require))
