--[==[
description: "string.rep with zero, negative and fractional counts"
spec: [lib.string.rep]
features: []
flags: []
negative: false
]==]
print(string.rep("ab", 0) == "", string.rep("ab", -1) == "", string.rep("ab", 2.9), string.rep("", 100) == "")
print(string.rep(5, 3), #string.rep("\0", 4))
