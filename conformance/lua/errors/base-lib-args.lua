--[==[
description: "bad argument messages from base functions"
spec: [err.badarg, lib.base.setmetatable, lib.base.ipairs, lib.base.tonumber, lib.base.select, lib.base.rawset]
features: []
flags: []
negative: false
]==]
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(ipairs))
print(pcall(tonumber, "10", 99))
print(pcall(select, 0, 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawget, "x", 1))
print(pcall(unpack))
print(pcall(next, {}, "nokey"))
print(pcall(tostring))
print(pcall(type))
