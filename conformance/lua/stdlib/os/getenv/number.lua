--[==[
description: "os.getenv accepts a number name (coerced to a string)"
spec: [lib.os.getenv]
features: []
flags: []
negative: false
]==]
print(os.getenv(1), type(os.getenv))
