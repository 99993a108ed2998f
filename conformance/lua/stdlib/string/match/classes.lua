--[==[
description: "string.match with classes, balanced, frontier, init and position captures"
spec: [lib.string.match]
features: []
flags: []
negative: false
]==]
print(string.match("  key = value  ", "^%s*(%S+)%s*=%s*(%S+)"))
print(string.match("f(a(b)c)d", "%b()"))
print(string.match("THE (quick) fox", "%f[%a]%a+", 5))
print(string.match("hello", "()ll()"))
print(string.match("abc", "x"))
print(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(string.match("abc", ".-b"), string.match("aaa", "a-"), string.match("aaa", "a*"))
print(string.match("abc", "b", -1), string.match("abc", "b", -2))
