--[==[
description: "a coroutine that raised an error is dead"
spec: [lib.coroutine.status]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() local x = nil + 1 end)
print(coroutine.resume(co))
print(coroutine.status(co))
