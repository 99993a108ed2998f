--[==[
description: "debug.setlocal with a bad level or missing value"
spec: [lib.debug.setlocal]
features: []
flags: []
negative: false
]==]
print(pcall(debug.setlocal, 50, 1, 1))
print(pcall(debug.setlocal, 1, 1))
print(pcall(debug.setlocal))
