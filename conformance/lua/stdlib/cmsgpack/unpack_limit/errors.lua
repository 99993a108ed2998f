--[==[
description: "cmsgpack.unpack_limit with negative limits, offsets and bad data"
spec: [lib.cmsgpack.unpack_limit]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack(1, 2)
local r = {}
r[1] = select(2, pcall(cmsgpack.unpack_limit, s, -1))
r[2] = select(2, pcall(cmsgpack.unpack_limit, s, 1, 99))
r[3] = select(2, pcall(cmsgpack.unpack_limit, "\217\5ab", 1))
r[4] = select(2, pcall(cmsgpack.unpack_limit))
return r
