--[==[
description: "match returns captures, position captures and whole matches"
spec: [lib.string.match]
features: []
flags: []
negative: false
]==]
print(string.match("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.match("hello", "()ll()"))
print(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(string.match("abc", ".-"))
print(string.match("abc", "b", 3))
print(string.match("  trim  ", "^%s*(.-)%s*$") .. "|")
print(string.match("abc", "((a)(b))"))
