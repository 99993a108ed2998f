--[==[
description: "a non-string package.path is an error in require"
spec: [lib.package.path]
features: []
flags: []
negative: false
]==]
package.path = nil
print(pcall(require, "redlua_q"))
