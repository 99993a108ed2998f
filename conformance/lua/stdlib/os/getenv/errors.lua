--[==[
description: "os.getenv argument errors"
spec: [lib.os.getenv]
features: []
flags: []
negative: false
]==]
print(pcall(os.getenv))
print(pcall(function() return os.getenv({}) end))
print(os.getenv(12345))
