--[==[
description: "string.gsub errors: invalid replacement types, bad capture index"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(pcall(string.gsub, "abc", "b", true))
print(pcall(string.gsub, "abc", "(b)", "%2"))
print(pcall(string.gsub, "abc", "b", "%"))
print(pcall(function() return string.gsub("abc") end))
print(pcall(string.gsub, "abc", "b", function() return {} end))
