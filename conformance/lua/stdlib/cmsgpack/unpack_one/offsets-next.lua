--[==[
description: "cmsgpack.unpack_one returns the next offset, -1 at the end"
spec: [lib.cmsgpack.unpack_one]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack("a", {1, 2})
local o1, v1 = cmsgpack.unpack_one(s)
local o2, v2 = cmsgpack.unpack_one(s, o1)
return {o1, v1, o2, #v2, #s}
