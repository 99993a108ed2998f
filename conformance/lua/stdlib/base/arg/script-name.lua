--[==[
description: "arg holds the script name at index 0 and no script arguments"
spec: [lib.base.arg]
features: []
flags: []
negative: false
]==]
print(type(arg), arg[0], #arg, arg[1])
