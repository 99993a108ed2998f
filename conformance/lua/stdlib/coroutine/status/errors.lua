--[==[
description: "coroutine.status requires a coroutine"
spec: [lib.coroutine.status]
features: []
flags: []
negative: false
]==]
print(pcall(coroutine.status))
print(pcall(coroutine.status, {}))
print(pcall(coroutine.status, print))
