--[==[
description: "string.find with special characters escaped and character sets"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("a.b", "%."))
print(string.find("1+1=2", "[+=]"))
print(string.find("abc]", "[]]"))
print(string.find("a-b", "[a%-]", 2))
print(string.find("ABC", "[^%u]"))
print(string.find("x\0y", "\0", 1, true), string.find("x\0y", "%z"))
