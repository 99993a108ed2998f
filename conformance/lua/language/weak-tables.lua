--[==[
description: "__mode k/v tables drop collected entries after collectgarbage"
spec: [lang.metatable.mode, lib.base.collectgarbage]
features: []
flags: []
negative: false
]==]
local w = setmetatable({}, {__mode = "v"})
w[1] = {} w[2] = "str" w[3] = 42
local keep = {}
w[4] = keep
collectgarbage("collect")
print(w[1], w[2], w[3], w[4] == keep)
local k = setmetatable({}, {__mode = "k"})
k[{}] = 1 k[keep] = 2
collectgarbage()
local n = 0 for _ in pairs(k) do n = n + 1 end
print(n)
