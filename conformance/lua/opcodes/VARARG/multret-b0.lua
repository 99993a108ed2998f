--[==[
description: "VARARG with B=0 passes all values to a call, table or return"
spec: [op.VARARG, lang.vararg]
features: []
flags: []
negative: false
]==]
local function count(...) return select("#", ...) end
local function pass(...) return count(...), {...}, ... end
local n, t, x, y = pass(nil, 2, nil)
print(n, #t >= 0, x, y)
