--[==[
description: "string.byte with negative and out-of-range bounds"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
print(string.byte("abcdef", -3, -1))
print(string.byte("abcdef", -100, 2))
print(string.byte("abcdef", 5, 100))
print(select("#", string.byte("abc", 0)))
