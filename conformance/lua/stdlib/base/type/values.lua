--[==[
description: "type names of every value kind"
spec: [lib.base.type]
features: []
flags: []
negative: false
]==]
print(type(nil), type(true), type(1), type("s"), type({}), type(print), type(coroutine.create(function() end)))
print(pcall(type))
