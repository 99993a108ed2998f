--[==[
description: "format errors: missing arguments, bad types, invalid options"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(pcall(string.format, "%d"))
print(pcall(string.format, "%d", "1x"))
print(pcall(string.format, "%z", 1))
print(pcall(string.format, "%10.100f", 1))
print(string.format("%d", "10"), string.format("%s", true == true and "t"))
print(pcall(string.format, "%s", nil))
print(pcall(string.format, "%s", {}) == true)
