--[==[
description: "string.len on embedded zeros, numbers and long strings"
spec: [lib.string.len]
features: []
flags: []
negative: false
]==]
print(string.len("a\0b"), string.len(12.5), string.len(string.rep("x", 1000)), ("") :len())
