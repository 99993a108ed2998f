--[==[
description: "string methods through the string metatable"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
local s = "xyz"
print(s:byte(-1), s:len(), s:upper(), s:rep(2, nil))
