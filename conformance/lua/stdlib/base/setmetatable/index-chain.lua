--[==[
description: "setmetatable with __index chains and __newindex tables"
spec: [lib.base.setmetatable]
features: []
flags: []
negative: false
]==]
local base = {greet = "hi"}
local mid = setmetatable({}, {__index = base})
local top = setmetatable({}, {__index = mid})
local store = {}
local w = setmetatable({}, {__newindex = store})
w.x = 1
print(top.greet, rawget(w, "x"), store.x)
