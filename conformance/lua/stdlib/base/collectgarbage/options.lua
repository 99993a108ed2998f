--[==[
description: "collectgarbage options return numbers of the right types"
spec: [lib.base.collectgarbage]
features: []
flags: []
negative: false
]==]
print(collectgarbage("collect"), collectgarbage())
print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(collectgarbage("stop"), collectgarbage("restart"))
print(type(collectgarbage("step")), type(collectgarbage("step", 100)))
local p = collectgarbage("setpause", 150)
print(p, collectgarbage("setpause", p))
local m = collectgarbage("setstepmul", 300)
print(m, collectgarbage("setstepmul", m))
