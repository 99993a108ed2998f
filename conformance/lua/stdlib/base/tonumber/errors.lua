--[==[
description: "tonumber with a base out of range or a missing argument"
spec: [lib.base.tonumber]
features: []
flags: []
negative: false
]==]
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, {}, 16))
print(pcall(tonumber))
