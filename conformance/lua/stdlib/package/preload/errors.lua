--[==[
description: "a non-table package.preload is an error in require"
spec: [lib.package.preload]
features: []
flags: []
negative: false
]==]
package.preload = 1
print(pcall(require, "redlua_y"))
