--[==[
description: "package.seeall requires a table"
spec: [lib.package.seeall]
features: []
flags: []
negative: false
]==]
print(pcall(package.seeall, 1))
print(pcall(package.seeall))
