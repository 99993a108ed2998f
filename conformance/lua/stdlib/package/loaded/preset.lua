--[==[
description: "a value placed in package.loaded is returned by require"
spec: [lib.package.loaded]
features: []
flags: []
negative: false
]==]
package.loaded.redlua_fake = {fake = true}
print(require("redlua_fake").fake)
package.loaded.redlua_str = "a string"
print(require("redlua_str"))
