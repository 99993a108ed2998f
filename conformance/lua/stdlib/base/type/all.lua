--[==[
description: "type of every kind of value"
spec: [lib.base.type]
features: []
flags: []
negative: false
]==]
print(type(nil), type(true), type(1), type("s"), type({}), type(print), type(type), type(coroutine.create(function() end)), type(io.stdout))
