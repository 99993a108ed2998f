--[==[
description: "os.date with %c, %x, %X and %A/%B names in the C locale"
spec: [lib.os.date]
features: []
flags: []
negative: false
]==]
print(os.date("!%c", 0))
print(os.date("!%x %X", 3661))
print(os.date("!%A %B %a %b", 86400 * 3))
