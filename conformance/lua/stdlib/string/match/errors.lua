--[==[
description: "string.match errors: malformed patterns and missing arguments"
spec: [lib.string.match]
features: []
flags: []
negative: false
]==]
print(pcall(string.match, "abc", "%b"))
print(pcall(string.match, "abc", "%f"))
print(pcall(string.match, "abc", "[%"))
print(pcall(function() return string.match("abc") end))
print(pcall(string.match, "abc", "(()"))
