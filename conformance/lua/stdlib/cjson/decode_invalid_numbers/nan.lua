--[==[
description: "decode of NaN with invalid numbers allowed"
spec: [lib.cjson.decode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local v = cjson.decode("NaN")
return {tostring(v ~= v), tostring(cjson.decode("[-NaN]")[1] ~= cjson.decode("[-NaN]")[1])}
