--[==[
description: "deg, rad, atan2, trig functions"
spec: [lib.math.deg, lib.math.rad, lib.math.atan2, lib.math.atan, lib.math.asin, lib.math.acos, lib.math.sinh, lib.math.cosh, lib.math.tanh, lib.math.tan]
features: []
flags: []
negative: false
]==]
print(math.deg(math.pi), math.rad(180), math.atan2(1, 1), math.atan(1), math.tan(0))
print(math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0))
