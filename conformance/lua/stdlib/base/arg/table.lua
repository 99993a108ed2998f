--[==[
description: "the stand-alone interpreter sets the global arg table (script name at index 0)"
spec: [lib.base.arg]
features: []
flags: []
negative: false
]==]
print(type(arg), arg[0], #arg, arg[-1] ~= nil)
