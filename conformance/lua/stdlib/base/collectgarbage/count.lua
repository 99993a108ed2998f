--[==[
description: "collectgarbage options return numbers (values checked by type only)"
spec: [lib.base.collectgarbage, lib.base.gcinfo]
features: []
flags: []
negative: false
]==]
print(type(collectgarbage("count")), collectgarbage("collect"), collectgarbage())
print(type(collectgarbage("step")), collectgarbage("stop"), collectgarbage("restart"))
print(pcall(collectgarbage, "bogus"))
print(type(gcinfo()))
