--[==[
description: "lower leaves non-letters alone"
spec: [lib.string.lower]
features: []
flags: []
negative: false
]==]
print(string.lower("Hello, WORLD! 123"), string.lower(""), string.lower(12))
