--[==[
description: "numeric for near 2^53 and with huge steps terminates"
spec: [lang.for.numeric]
features: []
flags: []
negative: false
]==]
local n = 0
for i = 2^53 - 4, 2^53 - 2 do n = n + 1 end
print(n)
for i = 1, 10, 1e308 do n = n + 1 end
print(n)
for i = -1, -1e308, -1e307 do n = n + 1 end
print(n)
