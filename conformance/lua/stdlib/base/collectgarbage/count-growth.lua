--[==[
description: "collectgarbage count grows with allocations and falls after collection"
spec: [lib.base.collectgarbage]
features: []
flags: []
negative: false
]==]
collectgarbage()
local before = collectgarbage("count")
local t = {}
for i = 1, 10000 do t[i] = {} end
local during = collectgarbage("count")
t = nil
collectgarbage()
local after = collectgarbage("count")
print(during > before, after < during)
