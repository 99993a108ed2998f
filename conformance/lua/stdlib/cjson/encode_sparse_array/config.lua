--[==[
description: "encode_sparse_array on a new instance: convert, ratio and safe settings"
spec: [lib.cjson.encode_sparse_array]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
local a = {c.encode_sparse_array(false, 3, 2)}
r[1] = tostring(a[1]) .. " " .. tostring(a[2]) .. " " .. tostring(a[3])
r[2] = c.encode({[1] = 1, [2] = 2, [4] = 4})
r[3] = select(2, pcall(c.encode, {[1] = 1, [5] = 5}))
r[4] = select(2, pcall(c.encode, {[1] = 1, [20] = 5}))
c.encode_sparse_array(true, 1, 1)
r[5] = c.encode({[3] = "x"})
return r
