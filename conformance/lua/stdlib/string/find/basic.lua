--[==[
description: "find with plain text, patterns, init and plain flag"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("hello world", "wor"))
print(string.find("hello world", "o", 6))
print(string.find("hello", "l+"))
print(string.find("a.b", ".", 1, true))
print(string.find("abc", "x"))
print(string.find("abc", "", 10))
print(string.find("abc", "", 4))
print(string.find("abc", "b", -1))
print(string.find("key=value", "(%w+)=(%w+)"))
