--[==[
description: "string.find with init past the end, zero and negative beyond the start"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("abc", "a", 0))
print(string.find("abc", "", 5))
print(string.find("abc", "c", 4))
print(string.find("", ""))
print(string.find("", "", 2))
