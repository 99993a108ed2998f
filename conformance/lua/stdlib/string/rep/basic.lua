--[==[
description: "rep with positive, zero and negative counts"
spec: [lib.string.rep]
features: []
flags: []
negative: false
]==]
print(string.rep("ab", 3), string.rep("x", 0) == "", string.rep("x", -2) == "", #string.rep("abc", 1000))
print(string.rep("a", 2.7))
