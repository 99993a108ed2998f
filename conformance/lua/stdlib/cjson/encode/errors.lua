--[==[
description: "encode refuses functions, NaN/Inf, mixed keys become objects, excessively sparse arrays"
spec: [lib.cjson.encode]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(cjson.encode, {f = function() end}))
r[2] = select(2, pcall(cjson.encode, 0/0))
r[3] = select(2, pcall(cjson.encode, 1/0))
r[4] = select(2, pcall(cjson.encode, {[1] = 1, [100] = 2}))
r[5] = cjson.encode({[1] = 1, [3] = 3})
r[6] = select(2, pcall(cjson.encode, {[true] = 1}))
return r
