--[==[
description: "decode nesting depth limit"
spec: [lib.cjson.decode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local deep = string.rep("[", 1001) .. string.rep("]", 1001)
local ok, e = pcall(cjson.decode, deep)
return {tostring(ok), e, tostring(cjson.decode_max_depth())}
