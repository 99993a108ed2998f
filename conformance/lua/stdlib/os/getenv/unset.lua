--[==[
description: "os.getenv returns nil for unset and odd names"
spec: [lib.os.getenv]
features: []
flags: []
negative: false
]==]
print(os.getenv("REDLUA_NOT_SET_ANYWHERE"), os.getenv(""), os.getenv("="), select('#', os.getenv("REDLUA_X")))
