--[==[
description: "package.loadlib of a missing library returns nil, a message and 'open'"
spec: [lib.package.loadlib]
features: []
flags: []
negative: false
]==]
local f, msg, where = package.loadlib("./redlua-no-such-lib.so", "luaopen_x")
print(f, msg, where)
