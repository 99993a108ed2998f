--[==[
description: "GETGLOBAL reads globals, absent globals are nil"
spec: [op.GETGLOBAL]
features: []
flags: []
negative: false
]==]
g1 = "global one"
print(g1, undefined_global)
print(type(print))
