--[==[
description: "sub with positive, negative, out-of-range indices"
spec: [lib.string.sub]
features: []
flags: []
negative: false
]==]
local s = "hello"
print(s:sub(2), s:sub(2, 3), s:sub(-3), s:sub(-3, -2), s:sub(0), s:sub(10), s:sub(3, 2), s:sub(-100, 2))
print(string.sub("abc", 2.9), ("abc"):sub("2"))
