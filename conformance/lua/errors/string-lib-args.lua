--[==[
description: "bad argument messages from the string library"
spec: [err.badarg, lib.string.rep, lib.string.sub, lib.string.format, lib.string.char]
features: []
flags: []
negative: false
]==]
print(pcall(string.rep))
print(pcall(string.rep, "x"))
print(pcall(string.sub, {}))
print(pcall(string.char, 256))
print(pcall(string.char, "x"))
print(pcall(string.format, "%d", "x"))
print(pcall(string.format, "%y", 1))
print(pcall(string.format, "%s"))
print(pcall(("x").rep, "x", {}))
print(pcall(string.upper))
