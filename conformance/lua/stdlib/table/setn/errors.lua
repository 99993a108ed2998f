--[==[
description: "table.setn argument errors are checked before the obsolete error"
spec: [lib.table.setn]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.setn() end))
print(pcall(function() return table.setn(1, 2) end))
