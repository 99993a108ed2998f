--[==[
description: "and/or return one of their operands"
spec: [op.TESTSET, lang.logic]
features: []
flags: []
negative: false
]==]
local function pick(p, q) local r; r = p and q; return r end
local function alt(p, q) local r; r = p or q; return r end
print(pick(1, 2), pick(false, 2), pick(nil, 2))
print(alt(1, 2), alt(false, 2), alt(nil, false))
