--[==[
description: "calls whose results feed other calls with B=0 and C=0"
spec: [op.CALL, op.VARARG, lang.multret]
features: [listing]
flags: []
negative: false
]==]
local function id(...) return ... end
print(id(id(1, 2), id(3, 4)))
print(select("#", id(id())))
print(math.max(id(5, 9, 2)))
