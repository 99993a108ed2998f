--[==[
description: "a comparison used as a value produces LOADBOOL with the skip flag"
spec: [op.LOADBOOL]
features: []
flags: []
negative: false
]==]
local x, y = 3, 5
local lt = x < y
local ge = x >= y
local eq = x == 3
print(lt, ge, eq)
