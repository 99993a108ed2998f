--[==[
description: "byte with ranges and negative indices"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
print(string.byte("A"), string.byte("abc", 2), string.byte("abc", 1, 3), string.byte("abc", -1))
print(select("#", string.byte("abc", 5)), select("#", string.byte("")))
print(string.byte("\255\0"))
