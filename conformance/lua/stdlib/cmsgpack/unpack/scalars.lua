--[==[
description: "cmsgpack.unpack of hand-written scalars"
spec: [lib.cmsgpack.unpack]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = cmsgpack.unpack("\204\200")
r[2] = cmsgpack.unpack("\208\156")
r[3] = tostring(cmsgpack.unpack("\203\63\248\0\0\0\0\0\0"))
r[4] = cmsgpack.unpack("\163abc")
r[5] = tostring(cmsgpack.unpack("\195"))
r[6] = select("#", cmsgpack.unpack(""))
r[7] = tostring(cmsgpack.unpack("\192"))
return r
