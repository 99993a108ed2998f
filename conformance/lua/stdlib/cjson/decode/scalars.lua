--[==[
description: "cjson.decode of scalars, escapes, exponents and nested structures"
spec: [lib.cjson.decode]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = cjson.decode('"\\u0041\\t\\"\\/"')
r[2] = tostring(cjson.decode("1e3"))
r[3] = tostring(cjson.decode("-0.25"))
r[4] = tostring(cjson.decode("false"))
r[5] = tostring(cjson.decode("null") == cjson.null)
local t = cjson.decode('{"k":{"k":{"k":[[],{}]}}}')
r[6] = type(t.k.k.k[2])
r[7] = tostring(#t.k.k.k)
r[8] = cjson.decode('  [ 1 , 2 ]  ')[2]
return r
