--[==[
description: "os.remove argument errors"
spec: [lib.os.remove]
features: []
flags: []
negative: false
]==]
print(pcall(os.remove))
print(pcall(function() return os.remove({}) end))
