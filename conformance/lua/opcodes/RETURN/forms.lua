--[==[
description: "return with no values, one value and several values"
spec: [op.RETURN]
features: []
flags: []
negative: false
]==]
local function none() return end
local function one() return 1 end
local function two() return 1, 2 end
print(select("#", none()), one(), two())
