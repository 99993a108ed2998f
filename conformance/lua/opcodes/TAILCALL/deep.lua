--[==[
description: "tail calls do not grow the stack"
spec: [op.TAILCALL, lang.tailcall]
features: []
flags: []
negative: false
]==]
local function loop(n) if n == 0 then return "done" end return loop(n - 1) end
print(loop(100000))
