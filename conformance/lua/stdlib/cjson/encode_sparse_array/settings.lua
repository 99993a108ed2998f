--[==[
description: "encode_sparse_array changes sparse handling; settings reset by SCRIPT FLUSH only"
spec: [lib.cjson.encode_sparse_array, lib.cjson.new]
features: []
flags: [redis]
negative: false
]==]
local a = {cjson.encode_sparse_array()}
local r = {tostring(a[1]), tostring(a[2]), tostring(a[3])}
local t = {[1] = 1, [20] = 2}
r[#r + 1] = select(2, pcall(cjson.encode, t))
local c = cjson.new()
c.encode_sparse_array(true)
r[#r + 1] = c.encode(t)
r[#r + 1] = select(2, pcall(cjson.encode, t))
return r
