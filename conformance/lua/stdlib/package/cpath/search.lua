--[==[
description: "package.cpath templates appear in the not-found message"
spec: [lib.package.cpath]
features: []
flags: []
negative: false
]==]
package.path = ""
package.cpath = "./?.so;/nonexistent/?/lib.so"
print(pcall(require, "redlua.sub"))
