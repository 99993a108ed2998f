--[==[
description: "coroutine.running returns nil in the main thread"
spec: [lib.coroutine.running]
features: []
flags: []
negative: false
]==]
print(coroutine.running())
print(select('#', coroutine.running()))
