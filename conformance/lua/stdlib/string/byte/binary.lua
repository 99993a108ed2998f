--[==[
description: "string.byte on bytes 0 and 255 and coerced start index"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
print(string.byte("\0\255\128", 1, 3))
print(string.byte("abc", "2"))
print(string.byte("abc", 2.7))
