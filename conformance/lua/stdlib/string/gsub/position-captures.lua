--[==[
description: "string.gsub with position captures passed to a function"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("abc", "()", function(p) return p end))
print(string.gsub("hello", "()(l+)()", function(a, s, b) return a .. s .. b end))
