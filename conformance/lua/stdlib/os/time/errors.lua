--[==[
description: "os.time with a table missing required fields or a non-table"
spec: [lib.os.time]
features: []
flags: []
negative: false
]==]
print(pcall(os.time, {}))
print(pcall(os.time, {year = 2000}))
print(pcall(os.time, {year = 2000, month = 1}))
print(pcall(function() return os.time(1) end))
print(pcall(os.time, {year = 2000, month = 1, day = "x"}))
