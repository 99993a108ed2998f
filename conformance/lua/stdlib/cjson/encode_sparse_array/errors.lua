--[==[
description: "encode_sparse_array argument errors"
spec: [lib.cjson.encode_sparse_array]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode_sparse_array, "maybe"))
r[2] = select(2, pcall(c.encode_sparse_array, true, -1))
r[3] = select(2, pcall(c.encode_sparse_array, true, 1, -5))
r[4] = select(2, pcall(c.encode_sparse_array, true, 1, 1, 1))
return r
