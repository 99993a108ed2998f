--[==[
description: "os.clock ignores its arguments; arithmetic on a missing result fails"
spec: [lib.os.clock]
features: []
flags: []
negative: false
]==]
print(type(os.clock("x", 1)))
print(pcall(function() return os.clock() .. {} end))
