--[==[
description: "setfenv errors: C function, non-table and invalid level"
spec: [lib.base.setfenv]
features: []
flags: []
negative: false
]==]
print(pcall(setfenv, print, {}))
print(pcall(setfenv, function() end, 1))
print(pcall(setfenv, 100, {}))
print(pcall(function() return setfenv() end))
