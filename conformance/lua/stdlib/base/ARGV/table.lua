--[==[
description: "ARGV can be iterated with ipairs (no elements)"
spec: [lib.base.ARGV]
features: []
flags: [redis]
negative: false
]==]
local n = 0
for _ in ipairs(ARGV) do n = n + 1 end
return {n, select("#", unpack(ARGV))}
