--[==[
description: "collectgarbage with an invalid option or a non-number argument"
spec: [lib.base.collectgarbage]
features: []
flags: []
negative: false
]==]
print(pcall(collectgarbage, "bogus"))
print(pcall(function() return collectgarbage("step", "x") end))
print(pcall(function() return collectgarbage({}) end))
