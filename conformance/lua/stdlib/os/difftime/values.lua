--[==[
description: "os.difftime of pairs, default second argument, fractional values"
spec: [lib.os.difftime]
features: []
flags: []
negative: false
]==]
print(os.difftime(100, 40), os.difftime(40, 100), os.difftime(10), os.difftime(0, 0))
