--[==[
description: "resume passes many values and nil in the middle"
spec: [lib.coroutine.resume]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function(...) return select("#", ...), ... end)
print(coroutine.resume(co, 1, nil, 3, nil))
