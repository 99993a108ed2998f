--[==[
description: "table.foreach stops at the first non-nil result and returns it"
spec: [lib.table.foreach]
features: []
flags: []
negative: false
]==]
local t = {10, 20, 30}
print(table.foreach(t, function(k, v) if v == 20 then return "stop", k end end))
print(table.foreach({}, print))
