--[==[
description: "upper leaves non-letters alone"
spec: [lib.string.upper, lib.string.lower]
features: []
flags: []
negative: false
]==]
print(string.upper("Hello, World! 123"), ("\233"):upper() == "\233")
