--[==[
description: "assert with and without messages"
spec: [lib.base.assert, err.assert]
features: []
flags: []
negative: false
]==]
print(pcall(assert, false))
print(pcall(assert, nil, "custom"))
print(pcall(assert, 1, 2, 3))
print(pcall(assert, false, 42))
print(pcall(assert))
