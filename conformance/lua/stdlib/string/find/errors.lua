--[==[
description: "string.find errors: malformed patterns and bad arguments"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(pcall(string.find, "abc", "[a"))
print(pcall(string.find, "abc", "%"))
print(pcall(string.find, "abc", "(a"))
print(pcall(string.find, "abc", "a)"))
print(pcall(function() return string.find("abc") end))
print(pcall(function() return string.find("abc", "b", "x") end))
