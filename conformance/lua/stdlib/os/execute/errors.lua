--[==[
description: "os.execute with a non-string command"
spec: [lib.os.execute]
features: []
flags: []
negative: false
]==]
print(pcall(os.execute, {}))
print(pcall(function() return os.execute(true) end))
