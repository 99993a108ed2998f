--[==[
description: "os.date with *t returns a table of fields"
spec: [lib.os.date]
features: []
flags: []
negative: false
]==]
local t = os.date("!*t", 1234567890)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
local z = os.date("!*t", 0)
print(z.year, z.month, z.day, z.wday, z.yday)
