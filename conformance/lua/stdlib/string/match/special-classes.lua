--[==[
description: "string.match with %c, %p, %x, %g-less classes and their negations"
spec: [lib.string.match]
features: []
flags: []
negative: false
]==]
print(string.match("ab\1cd", "%c"), string.match("a,b", "%p"), string.match("zz0fF9", "%x+"))
print(string.match("abc123", "%D+"), string.match("  x", "%S"), string.match("A_b", "[%w_]+"))
print(string.match("hello", ".-(l+)(.*)"))
