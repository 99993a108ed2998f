--[==[
description: "uncaught comparison error"
spec: [err.compare]
features: []
flags: []
negative: {phase: runtime}
]==]
local a, b = {}, 2
if a < b then print("no") end
