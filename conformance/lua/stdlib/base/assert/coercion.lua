--[==[
description: "assert accepts any non-false value including 0 and empty string"
spec: [lib.base.assert]
features: []
flags: []
negative: false
]==]
print(assert(0), assert(""), assert({}) ~= nil, select("#", assert(1, nil)))
