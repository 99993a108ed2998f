--[==[
description: "table.getn argument errors"
spec: [lib.table.getn]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.getn() end))
print(pcall(function() return table.getn("abc") end))
