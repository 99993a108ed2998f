--[==[
description: "os.date with a fixed UTC time and several formats"
spec: [lib.os.date]
features: []
flags: []
negative: false
]==]
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%Y-%m-%d %H:%M:%S", 1000000000))
print(os.date("!%j %w %p %%", 86400 * 40 + 3600 * 13))
print(os.date("!%d/%m/%y", 951782400))
