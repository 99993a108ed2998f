--[==[
description: "package.path templates: the name's dots become directory separators"
spec: [lib.package.path]
features: []
flags: []
negative: false
]==]
package.path = "/nonexistent/?.lua;/nonexistent/?/init.lua"
package.cpath = ""
print(pcall(require, "a.b.c"))
