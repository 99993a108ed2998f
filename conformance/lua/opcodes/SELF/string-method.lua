--[==[
description: "string methods through the string metatable"
spec: [op.SELF, lang.string-metatable]
features: []
flags: []
negative: false
]==]
local s = "Hello"
print(s:upper(), s:len(), ("x"):rep(3), s:sub(2, 3))
