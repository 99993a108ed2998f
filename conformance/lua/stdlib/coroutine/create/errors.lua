--[==[
description: "coroutine.create requires a Lua function"
spec: [lib.coroutine.create]
features: []
flags: []
negative: false
]==]
print(pcall(coroutine.create, print))
print(pcall(coroutine.create))
print(pcall(coroutine.create, 1))
