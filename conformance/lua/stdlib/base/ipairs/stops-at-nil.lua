--[==[
description: "ipairs stops at the first nil"
spec: [lib.base.ipairs]
features: []
flags: []
negative: false
]==]
local t = {1, 2, nil, 4}
local n = 0 for i, v in ipairs(t) do n = i end
print(n)
local f, s, i = ipairs(t)
print(type(f), s == t, i)
