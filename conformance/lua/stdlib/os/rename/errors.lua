--[==[
description: "os.rename argument errors"
spec: [lib.os.rename]
features: []
flags: []
negative: false
]==]
print(pcall(os.rename, "a"))
print(pcall(os.rename))
print(pcall(function() return os.rename("a", {}) end))
