--[==[
description: "cmsgpack.unpack_limit with limits 0, 1 and beyond the count"
spec: [lib.cmsgpack.unpack_limit]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack("x", "y", "z")
local a = {cmsgpack.unpack_limit(s, 1)}
local b = {cmsgpack.unpack_limit(s, 0)}
local c = {cmsgpack.unpack_limit(s, 10)}
return {#a, a[1], a[2], #b, #c, c[1], c[4]}
