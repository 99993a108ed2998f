--[==[
description: "os.difftime with fractional and string arguments"
spec: [lib.os.difftime]
features: []
flags: []
negative: false
]==]
print(os.difftime(1.5, 0.5), os.difftime("10", "4"))
