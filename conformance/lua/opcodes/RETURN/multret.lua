--[==[
description: "return of a vararg and of a call passes all values"
spec: [op.RETURN, lang.vararg]
features: []
flags: []
negative: false
]==]
local function va(...) return ... end
local function f(...) return 0, va(...) end
print(f(1, nil, 3))
print(select("#", f(nil, nil)))
