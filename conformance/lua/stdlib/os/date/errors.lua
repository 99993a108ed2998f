--[==[
description: "os.date argument errors"
spec: [lib.os.date]
features: []
flags: []
negative: false
]==]
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, {}))
print(pcall(function() return os.date("!%Y", {}) end))
