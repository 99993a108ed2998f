--[==[
description: "a non-string package.cpath is an error in require"
spec: [lib.package.cpath]
features: []
flags: []
negative: false
]==]
package.path = ""
package.cpath = 1
print(pcall(require, "redlua_x"))
package.cpath = {}
print(pcall(require, "redlua_x"))
