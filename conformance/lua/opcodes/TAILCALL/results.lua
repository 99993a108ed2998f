--[==[
description: "a tail call returns all results of the callee"
spec: [op.TAILCALL, lang.tailcall]
features: []
flags: []
negative: false
]==]
local function many() return 1, 2, 3 end
local function tail() return many() end
print(tail())
print(select("#", tail()))
