--[==[
description: "encode of arrays, empty tables, objects with one key, nested tables"
spec: [lib.cjson.encode]
features: []
flags: [redis]
negative: false
]==]
return {cjson.encode({1, 2, 3}), cjson.encode({}), cjson.encode({a = 1}), cjson.encode({{1}, {b = {true}}}),
  cjson.encode({[1] = "x", [2] = "y"}), cjson.encode({"a", nil, "c"})}
