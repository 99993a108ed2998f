--[==[
description: "a vararg function used as a main-chunk-style function gets no implicit arg table when ... is used"
spec: [op.VARARG, lang.vararg, lang.vararg.compat-arg]
features: []
flags: []
negative: false
]==]
local function f(...) return arg end
local a = f(1, 2)
print(type(a), a and a.n, a and a[2])
local function g(...) local n = select("#", ...) return n end
print(g(nil, nil, nil))
