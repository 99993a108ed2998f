--[==[
description: "indexing a string with a number goes through the string metatable and gives nil"
spec: [lang.string-metatable]
features: []
flags: []
negative: false
]==]
local s = "abc"
print(s[2], s.len == string.len, s:byte(-1))
