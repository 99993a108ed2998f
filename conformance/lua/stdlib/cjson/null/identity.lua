--[==[
description: "cjson.null is a lightuserdata that encodes as null and is what decode returns"
spec: [lib.cjson.null]
features: []
flags: [redis]
negative: false
]==]
local r = {type(cjson.null), cjson.encode(cjson.null), cjson.encode({a = cjson.null})}
r[4] = tostring(cjson.decode("[null]")[1] == cjson.null)
r[5] = tostring(cjson.null == nil)
return r
