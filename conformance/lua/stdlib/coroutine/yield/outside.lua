--[==[
description: "yield from the main thread is an error"
spec: [lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
print(pcall(coroutine.yield, 1))
