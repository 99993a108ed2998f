--[==[
description: "os.difftime argument errors"
spec: [lib.os.difftime]
features: []
flags: []
negative: false
]==]
print(pcall(os.difftime))
print(pcall(function() return os.difftime("a", 1) end))
print(pcall(function() return os.difftime(1, {}) end))
