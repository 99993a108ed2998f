--[==[
description: "an anchored gsub replaces at most once"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("aaa", "^a", "b"))
print(string.gsub("aaa", "^a*", "b"))
print(string.gsub("", "^", "x"))
print(string.gsub("abc", "$", "!"))
