--[==[
description: "ipairs ignores __index in 5.1"
spec: [lib.base.ipairs]
features: []
flags: []
negative: false
]==]
local t = setmetatable({1}, {__index = function(_, i) if i < 4 then return i * 10 end end})
for i, v in ipairs(t) do print(i, v) end
