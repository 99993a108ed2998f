--[==[
description: "changing package.config does not affect require's error text"
spec: [lib.package.config]
features: []
flags: []
negative: false
]==]
package.config = "bogus"
package.path = "./?.lua"
package.cpath = ""
print(pcall(require, "redlua_cfg_missing"))
