--[==[
description: "rawequal requires two arguments"
spec: [lib.base.rawequal]
features: []
flags: []
negative: false
]==]
print(pcall(rawequal, 1))
print(pcall(rawequal))
