--[==[
description: "table.getn ignores __len and the n field in 5.1"
spec: [lib.table.getn]
features: []
flags: []
negative: false
]==]
local t = setmetatable({1, 2}, {__len = function() return 99 end})
print(table.getn(t), #t)
