--[==[
description: "getfenv with an invalid level or a negative level"
spec: [lib.base.getfenv]
features: []
flags: []
negative: false
]==]
print(pcall(getfenv, 100))
print(pcall(getfenv, -1))
print(pcall(getfenv, "x"))
