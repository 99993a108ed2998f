--[==[
description: "newproxy with an invalid argument"
spec: [lib.base.newproxy]
features: []
flags: []
negative: false
]==]
print(pcall(newproxy, 1))
print(pcall(newproxy, {}))
print(pcall(newproxy, newproxy()))
