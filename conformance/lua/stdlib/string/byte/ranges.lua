--[==[
description: "string.byte with ranges, negative indices and empty results"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
print(string.byte("hello", 1, -1))
print(string.byte("hello", -2))
print(string.byte("hello", 10))
print(select('#', string.byte("hello", 3, 2)))
print(string.byte("", 1))
print(("A"):byte())
