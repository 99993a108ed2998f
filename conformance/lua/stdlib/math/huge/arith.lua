--[==[
description: "arithmetic with math.huge"
spec: [lib.math.huge]
features: []
flags: []
negative: false
]==]
local nan = math.huge - math.huge
print(math.huge + 1 == math.huge, nan ~= nan, math.huge * 0 ~= math.huge * 0, math.floor(math.huge), string.format("%.1f", math.huge))
