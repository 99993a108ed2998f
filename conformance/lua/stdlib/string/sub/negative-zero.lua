--[==[
description: "string.sub with zero and negative start and end combinations"
spec: [lib.string.sub]
features: []
flags: []
negative: false
]==]
print(string.sub("hello", 0, 0) == "", string.sub("hello", -1, -1), string.sub("hello", 2, -10) == "", string.sub("hello", -2))
print(string.sub("hello", 1e10), string.sub("hello", -1e10, 1))
