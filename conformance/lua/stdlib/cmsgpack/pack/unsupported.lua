--[==[
description: "cmsgpack.pack of unsupported values"
spec: [lib.cmsgpack.pack]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local r = {}
r[1] = hex(cmsgpack.pack(tostring))
r[2] = hex(cmsgpack.pack(coroutine.create(function() end)))
r[3] = select(2, pcall(cmsgpack.pack))
return r
