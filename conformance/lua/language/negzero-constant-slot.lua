--[==[
description: "0 and -0 share one constant slot per function: 1/0 after -0.0 gives -inf"
spec: [lang.numfmt.negzero, op.LOADK, op.DIV]
features: []
flags: []
negative: false
]==]
local a = -0.0 local b = 1/0
print(a, b)
local function f() local z = 0 return 1/z end
print(f())
