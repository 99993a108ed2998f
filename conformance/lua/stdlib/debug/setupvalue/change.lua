--[==[
description: "debug.setupvalue changes a closed-over variable shared with other closures"
spec: [lib.debug.setupvalue]
features: []
flags: []
negative: false
]==]
local n = 0
local function get() return n end
local function inc() n = n + 1 end
print(debug.setupvalue(get, 1, 41))
inc()
print(get(), n, debug.setupvalue(get, 5, 1))
