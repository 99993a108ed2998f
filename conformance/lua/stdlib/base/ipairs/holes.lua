--[==[
description: "ipairs stops at the first nil and ignores non-sequence keys"
spec: [lib.base.ipairs]
features: []
flags: []
negative: false
]==]
for i, v in ipairs({1, 2, nil, 4, x = 5}) do print(i, v) end
local f, t, s = ipairs({})
print(type(f), s)
print(f({7}, 0))
print(f({7}, 1))
