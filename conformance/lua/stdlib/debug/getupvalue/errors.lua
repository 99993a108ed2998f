--[==[
description: "debug.getupvalue with a non-function or missing index"
spec: [lib.debug.getupvalue]
features: []
flags: []
negative: false
]==]
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, function() end))
print(pcall(debug.getupvalue))
