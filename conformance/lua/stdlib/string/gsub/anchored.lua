--[==[
description: "gsub with an anchored pattern replaces at most once"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("aaa", "^a", "b"))
print(string.gsub("hello world", "%s+", " "))
print(string.gsub("abc", ".", {a = 1, b = false}))
