--[==[
description: "nan prints as glibc formats it (-nan for 0/0, nan for its negation)"
spec: [lang.numfmt.nan]
features: [platform]
flags: []
negative: false
]==]
local z = 0
local nan = z / z
print(nan, -nan, tostring(nan), nan .. "")
