--[==[
description: "assert returns all its arguments on success"
spec: [lib.base.assert]
features: []
flags: []
negative: false
]==]
print(assert(1, 2, 3))
print(assert("v"))
print(pcall(assert, false, {}))
