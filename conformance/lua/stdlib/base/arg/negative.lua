--[==[
description: "arg negative indices hold the interpreter; varargs of the main chunk are empty"
spec: [lib.base.arg]
features: []
flags: []
negative: false
]==]
print(type(arg[-1]), select('#', ...))
