--[==[
description: "string.format with flag combinations"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("[%-+6d][%+-6d][% 6.2f][%#.0f][%#g]", 5, 5, 1.5, 3, 1.0))
print(string.format("[%-10s][%10.3s]", "left", "truncated"))
