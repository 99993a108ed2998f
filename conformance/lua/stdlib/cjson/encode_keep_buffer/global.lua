--[==[
description: "encode_keep_buffer of the shared module without changing it"
spec: [lib.cjson.encode_keep_buffer]
features: []
flags: [redis]
negative: false
]==]
return {tostring(cjson.encode_keep_buffer()), type(cjson.encode_keep_buffer)}
