--[==[
description: "len counts bytes, numbers are converted"
spec: [lib.string.len]
features: []
flags: []
negative: false
]==]
print(string.len("abc"), string.len(""), string.len("a\0b"), string.len(1234), string.len(1.5))
