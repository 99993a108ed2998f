--[==[
description: "length of strings and sequences"
spec: [op.LEN, lang.length]
features: []
flags: []
negative: false
]==]
local s, t = "hello", {1, 2, 3, 4}
print(#s, #t, #"", #{})
t[#t + 1] = 5
print(#t)
