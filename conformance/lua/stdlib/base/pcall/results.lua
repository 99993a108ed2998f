--[==[
description: "pcall returns true plus results or false plus the error"
spec: [lib.base.pcall]
features: []
flags: []
negative: false
]==]
print(pcall(function(a, b) return a + b, "ok" end, 1, 2))
print(pcall(error, "x", 0))
print(pcall(pcall, error, "nested"))
print(pcall(nil))
print(pcall(42))
