--[==[
description: "table.maxn argument errors"
spec: [lib.table.maxn]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.maxn() end))
print(pcall(function() return table.maxn(nil) end))
