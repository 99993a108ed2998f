--[==[
description: "decode of objects, arrays, numbers, unicode escapes and null"
spec: [lib.cjson.decode, lib.cjson.null]
features: []
flags: [redis]
negative: false
]==]
local v = cjson.decode('{"a":[1,2,{"b":null}],"s":"x\\u00e9\\n","n":-1.5e2,"t":true}')
return {type(v), #v.a, tostring(v.a[3].b == cjson.null), v.s, tostring(v.n), tostring(v.t),
  tostring(cjson.decode("123456789012345678")), tostring(cjson.decode("0x10")), tostring(cjson.decode("[]")[1])}
