--[==[
description: "unpack_one and unpack_limit return the next offset first"
spec: [lib.cmsgpack.unpack_one, lib.cmsgpack.unpack_limit]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack(1, 2, 3)
local o1, v1 = cmsgpack.unpack_one(s)
local o2, v2 = cmsgpack.unpack_one(s, o1)
local o3, v3 = cmsgpack.unpack_one(s, o2)
local l1, a, b = cmsgpack.unpack_limit(s, 2)
return {o1, v1, o2, v2, o3, v3, l1, a, b}
