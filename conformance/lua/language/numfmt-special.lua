--[==[
description: "inf, -inf, nan and negative zero as text"
spec: [lang.numfmt.inf, lang.numfmt.nan, lang.numfmt.negzero]
features: [platform]
flags: []
negative: false
]==]
local z = 0
local inf, nan = 1 / z, z / z
print(inf, -inf, math.huge, -math.huge)
print(tostring(inf), inf .. "", string.format("%s", -inf))
print(nan ~= nan, type(nan))
local negz = -z
print(negz, tostring(negz), negz .. "", 0 * -1)
