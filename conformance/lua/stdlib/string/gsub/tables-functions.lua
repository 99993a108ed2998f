--[==[
description: "string.gsub with table and function replacements, false keeps the match, n limit"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
local t = {a = "1", b = true and "2"}
print(string.gsub("abc", "%w", t))
print(string.gsub("abc", "%w", function(c) if c == "b" then return false end return c:upper() end))
print(string.gsub("aaaa", "a", "b", 2))
print(string.gsub("abc", "", "-"))
print(string.gsub("hello world", "(o)", "[%1%0]"))
print(string.gsub("x", "x", "%%"))
print(string.gsub("abc", ".", {a = 1, b = 2.5}))
