--[==[
description: "os.time normalises out-of-range fields like mktime"
spec: [lib.os.time]
features: []
flags: []
negative: false
]==]
local base = os.time({year = 2010, month = 6, day = 15, hour = 12, min = 0, sec = 0})
print(os.time({year = 2010, month = 6, day = 15, hour = 12, min = 0, sec = 3600}) - base)
print(os.time({year = 2010, month = 6, day = 15, hour = 11, min = 60}) - base)
print(os.time({year = 2010, month = 18, day = 15, hour = 12}) - os.time({year = 2011, month = 6, day = 15, hour = 12}))
