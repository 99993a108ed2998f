--[==[
description: "string.gsub with anchors, classes, %b and %f patterns"
spec: [lib.string.gsub]
features: []
flags: []
negative: false
]==]
print(string.gsub("  trim me  ", "^%s*(.-)%s*$", "%1"))
print(string.gsub("f(a) g(b(c))", "%b()", "[]"))
print(string.gsub("THE (quick) fox", "%f[%a]%a+", "W"))
print(string.gsub("hello world", "o", "0", 0))
print(string.gsub("abc", "%w", "%0%0"))
print(string.gsub("a,b,,c", ",", ";"))
