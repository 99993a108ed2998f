--[==[
description: "nan cannot be a table key; nil cannot be a table key"
spec: [lang.table.keys, err.table-index]
features: []
flags: []
negative: false
]==]
local t = {}
local z = 0
print(pcall(function() t[z / z] = 1 end))
print(pcall(function() t[nil] = 1 end))
print(t[nil], t[z / z])
