--[==[
description: "encode_invalid_numbers true encodes NaN"
spec: [lib.cjson.encode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
c.encode_invalid_numbers(true)
return {c.encode(0/0), c.encode(-(0/0)), tostring(cjson.encode_invalid_numbers())}
