--[==[
description: "which operand supplies the metamethod; __eq is not tried for different types"
spec: [lang.metatable.arith, lang.metatable.eq, lang.metatable.concat]
features: []
flags: []
negative: false
]==]
local A = setmetatable({}, {__add = function() return "A" end, __concat = function() return "Acat" end, __eq = function() return true end})
local B = setmetatable({}, {__add = function() return "B" end, __concat = function() return "Bcat" end})
print(A + B, B + A, 1 + A, B + 1, A .. B, B .. A, "s" .. B)
print(A == 1, A == "x", A == B)
