--[==[
description: "debug.debug returns at end of input (stdin is empty)"
spec: [lib.debug.debug]
features: []
flags: []
negative: false
]==]
print("before")
print(select('#', debug.debug()))
print("after")
