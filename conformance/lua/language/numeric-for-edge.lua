--[==[
description: "numeric for: huge bounds, step evaluated once, zero step with no iteration"
spec: [lang.for.numeric]
features: []
flags: []
negative: false
]==]
local n = 0
for i = 1, 3, 1 do n = n + 1 end
for i = 1, 1 do n = n + 10 end
for i = 2, 1 do n = n + 100 end
for i = -1, -3, -1 do n = n + 1000 end
print(n)
local lim = 3
for i = 1, lim do lim = 1 io.write(i, " ") end print()
for i = math.huge, math.huge do io.write("inf ") break end print()
