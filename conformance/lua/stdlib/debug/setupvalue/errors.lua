--[==[
description: "debug.setupvalue with missing arguments or a non-function"
spec: [lib.debug.setupvalue]
features: []
flags: []
negative: false
]==]
print(pcall(debug.setupvalue, function() end, 1))
print(pcall(debug.setupvalue, {}, 1, 1))
print(pcall(debug.setupvalue))
