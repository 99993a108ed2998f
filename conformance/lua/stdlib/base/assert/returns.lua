--[==[
description: "assert returns all its arguments when the first is true"
spec: [lib.base.assert]
features: []
flags: []
negative: false
]==]
print(assert(1, 2, 3))
print(assert("x"), assert(0), select('#', assert(true, nil, nil)))
