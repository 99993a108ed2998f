--[==[
description: "package.loadlib argument errors"
spec: [lib.package.loadlib]
features: []
flags: []
negative: false
]==]
print(pcall(package.loadlib))
print(pcall(package.loadlib, "x"))
print(pcall(package.loadlib, {}, "f"))
