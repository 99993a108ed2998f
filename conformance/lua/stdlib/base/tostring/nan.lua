--[==[
description: "tostring of NaN and negative infinity"
spec: [lib.base.tostring]
features: []
flags: []
negative: false
]==]
local nan = 0/0
print(tostring(nan) == "nan" or tostring(nan) == "-nan", tostring(-1/0), tostring(-(0/0)) ~= nil)
