--[==[
description: "encode_max_depth of 1 allows only a flat table"
spec: [lib.cjson.encode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
c.encode_max_depth(1)
return {c.encode({1, 2}), select(2, pcall(c.encode, {{}})), c.encode("scalar")}
