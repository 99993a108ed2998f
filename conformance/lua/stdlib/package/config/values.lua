--[==[
description: "package.config, package.path and cpath are strings; loadlib and seeall are functions"
spec: [lib.package.config, lib.package.path, lib.package.cpath, lib.package.loadlib, lib.package.seeall]
features: []
flags: []
negative: false
]==]
print((package.config:gsub("\n", "|")))
print(type(package.path), type(package.cpath), type(package.loadlib), type(package.seeall))
