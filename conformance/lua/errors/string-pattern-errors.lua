--[==[
description: "malformed pattern errors"
spec: [err.pattern, lib.string.find, lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(pcall(string.find, "abc", "[a"))
print(pcall(string.find, "abc", "%"))
print(pcall(string.match, "abc", "(()"))
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gsub, "abc", "a", "%2"))
print(pcall(string.find, "abc", "%b"))
print(pcall(string.gsub, "abc", ".", {a = true}))
print(pcall(string.rep, "x", -1))
