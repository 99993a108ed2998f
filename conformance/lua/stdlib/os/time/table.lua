--[==[
description: "os.time with a date table and os.date with \"!\" and a fixed time"
spec: [lib.os.time, lib.os.date, lib.os.clock]
features: []
flags: []
negative: false
]==]
print(os.time({year = 2000, month = 1, day = 1, hour = 12}) ~= nil)
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!*t", 86400).day, type(os.clock()))
