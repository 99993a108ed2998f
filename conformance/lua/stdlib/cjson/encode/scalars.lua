--[==[
description: "encode of numbers (%.14g), strings with escapes, booleans, null"
spec: [lib.cjson.encode, lib.cjson.null]
features: []
flags: [redis]
negative: false
]==]
return {cjson.encode(1), cjson.encode(0.1), cjson.encode(1e15), cjson.encode(-3.5), cjson.encode(1/3),
  cjson.encode("a\"b\\c\n/\1"), cjson.encode(true), cjson.encode(false), cjson.encode(cjson.null), cjson.encode(nil)}
