--[==[
description: "math.modf keeps the sign in both parts"
spec: [lib.math.modf]
features: []
flags: []
negative: false
]==]
local i, f = math.modf(-0.25)
print(i, f, 1 / i)
