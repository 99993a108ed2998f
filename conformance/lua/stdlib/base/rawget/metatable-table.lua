--[==[
description: "rawget/rawset on a table with __index and __newindex tables"
spec: [lib.base.rawget, lib.base.rawset]
features: []
flags: []
negative: false
]==]
local proxy = setmetatable({}, {__index = {a = 1}, __newindex = {}})
rawset(proxy, "b", 2)
print(proxy.a, rawget(proxy, "a"), proxy.b, rawget(proxy, "b"))
