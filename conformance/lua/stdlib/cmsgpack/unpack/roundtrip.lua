--[==[
description: "unpack returns all values; roundtrip of nested tables"
spec: [lib.cmsgpack.unpack]
features: []
flags: [redis]
negative: false
]==]
local s = cmsgpack.pack({1, {x = "y"}, "z"}, 42, "str", true)
local a, b, c, d = cmsgpack.unpack(s)
return {#a, a[2].x, a[3], b, c, tostring(d), select("#", cmsgpack.unpack(s))}
