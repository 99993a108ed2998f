--[==[
description: "cmsgpack.unpack_one with a bad offset or bad input"
spec: [lib.cmsgpack.unpack_one]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack(1, 2)
local r = {}
r[1] = select(2, pcall(cmsgpack.unpack_one, s, 10))
r[2] = select(2, pcall(cmsgpack.unpack_one, s, -1))
r[3] = select(2, pcall(cmsgpack.unpack_one, "\220"))
r[4] = select(2, pcall(cmsgpack.unpack_one))
return r
