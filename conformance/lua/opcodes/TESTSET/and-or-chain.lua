--[==[
description: "a and b or c in an assignment to an existing local"
spec: [op.TESTSET, op.TEST, lang.logic]
features: [listing]
flags: []
negative: false
]==]
local a, b, c, r = nil, "b", "c"
r = a and b or c
print(r)
a = 1
r = a and b or c
print(r)
r = (a or b) and (c or a)
print(r)
