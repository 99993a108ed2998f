--[==[
description: "os.date of times before the epoch in UTC"
spec: [lib.os.date]
features: []
flags: []
negative: false
]==]
print(os.date("!%Y-%m-%d %H:%M:%S", -1))
print(os.date("!%Y-%m-%d", -86400 * 365))
