--[==[
description: "math functions inside an EVAL script (results truncated to integers by the reply)"
spec: [lib.math.floor, lib.math.ceil, lib.math.fmod]
features: []
flags: [redis]
negative: false
]==]
return {math.floor(-2.5), math.ceil(2.1), tostring(math.fmod(7.5, 2)), tostring(math.huge), tostring(math.pi)}
