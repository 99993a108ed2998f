--[==[
description: "pcall returns all results or false plus the error value"
spec: [lib.base.pcall]
features: []
flags: []
negative: false
]==]
print(pcall(function(...) return ... end, 1, nil, 3))
print(pcall(error, {}) == false)
print(pcall(pcall, error, "x"))
print(pcall(pcall))
print(pcall(nil))
print(pcall(1))
