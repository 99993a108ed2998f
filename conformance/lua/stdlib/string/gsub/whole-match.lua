--[==[
description: "%1 without captures refers to the whole match"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("abc", "b", "[%1]"))
print(string.gsub("abc", "%w", "%1%1", 2))
print(pcall(string.gsub, "abc", "b", "%2"))
