--[==[
description: "debug.getlocal at level 2 sees the caller's locals"
spec: [lib.debug.getlocal]
features: []
flags: []
negative: false
]==]
local outer = "caller value"
local function peek() return debug.getlocal(2, 1) end
print(peek())
