--[==[
description: "string.sub with out-of-range, zero, fractional and string indices"
spec: [lib.string.sub]
features: []
flags: []
negative: false
]==]
print(string.sub("hello", 0), string.sub("hello", 2, 100), string.sub("hello", -100, 2))
print(string.sub("hello", 3, 2) == "", string.sub("hello", "2", "3"), string.sub("hello", 2.5, 3.9))
print(string.sub(12345, 2, 3), string.sub("hello", -3, -2))
