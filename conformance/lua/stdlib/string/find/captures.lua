--[==[
description: "string.find returns captures after the indices"
spec: [lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.find("key=value", "(%w+)=(%w+)"))
print(string.find("abc", "()b()"))
print(string.find("aaa", "(a*)"))
print(string.find("x", "(x)(y?)"))
