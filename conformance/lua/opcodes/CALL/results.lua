--[==[
description: "CALL with fixed and variable numbers of results"
spec: [op.CALL, lang.multret]
features: []
flags: []
negative: false
]==]
local function three() return 1, 2, 3 end
local a = three()
local b, c, d, e = three()
print(a, b, c, d, e)
print(three())
print((three()))
local t = {three(), three()}
print(#t)
