--[==[
description: "cmsgpack.unpack of truncated or invalid input"
spec: [lib.cmsgpack.unpack]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(cmsgpack.unpack, "\146\1"))
r[2] = select(2, pcall(cmsgpack.unpack, "\193"))
r[3] = select(2, pcall(cmsgpack.unpack))
r[4] = select(2, pcall(cmsgpack.unpack, {}))
return r
