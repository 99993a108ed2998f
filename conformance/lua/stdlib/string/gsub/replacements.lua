--[==[
description: "gsub with string, %n references, table and function replacements and a limit"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello world", "(%w+)", "<%1>"))
print(string.gsub("abc", "%w", "%0%0"))
print(string.gsub("$name is $age", "%$(%w+)", {name = "Ann", age = 30}))
print(string.gsub("1 2 3", "%d", function(d) return d * 2 end))
print(string.gsub("aaa", "a", "b", 2))
print(string.gsub("abc", "", "-"))
print(string.gsub("x y", "%w", function() return nil end))
print(string.gsub("hello", "l", "%%"))
