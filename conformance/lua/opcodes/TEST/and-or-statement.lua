--[==[
description: "and/or in conditions short-circuit"
spec: [op.TEST]
features: []
flags: []
negative: false
]==]
local a, b = nil, 2
if a and a.x then print("no") end
if a or b then print("yes", b) end
