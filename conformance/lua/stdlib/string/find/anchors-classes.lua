--[==[
description: "anchors, character classes, sets and frontier-less 5.1 patterns"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("  x", "^%s*"))
print(string.find("abc123", "%d+$"))
print(string.find("THE (quick) fox", "%((%a+)%)"))
print(string.find("f(a(b)c)", "%b()"))
print(string.find("x-y", "[%-]"))
print(string.find("aaa", "a-", 2))
print(string.find("\0ab", "%z"))
print(string.find("Hello", "[^%l]"))
