--[==[
description: "math.huge through tostring, string.format and tonumber"
spec: [lib.math.huge]
features: []
flags: []
negative: false
]==]
print(tostring(math.huge), string.format("%g", -math.huge), tonumber(tostring(math.huge)))
