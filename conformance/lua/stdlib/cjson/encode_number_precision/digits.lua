--[==[
description: "a new cjson instance with a lower number precision"
spec: [lib.cjson.encode_number_precision, lib.cjson.new]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
c.encode_number_precision(3)
return {c.encode(math.pi), cjson.encode(math.pi), c.encode(1234567), tostring(cjson.encode_number_precision())}
