--[==[
description: "math.sqrt, pow and log inside an EVAL script"
spec: [lib.math.sqrt, lib.math.pow, lib.math.log]
features: []
flags: [redis]
negative: false
]==]
return {tostring(math.sqrt(2)), tostring(math.pow(2, 0.5)), tostring(math.log(100)), select(2, pcall(math.sqrt))}
