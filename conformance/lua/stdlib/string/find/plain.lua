--[==[
description: "string.find plain mode, init beyond length, negative init"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("a.b.c", ".", 1, true))
print(string.find("a.b.c", ".", 3, true))
print(string.find("abc", "", 10))
print(string.find("abc", "", 4))
print(string.find("abcabc", "b", -3))
print(string.find("abc", "c", -100))
print(string.find("a+b", "+", 1, true))
