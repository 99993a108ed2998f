--[==[
description: "rawset on a read-only library table fails; rawget on _G of a missing name is nil"
spec: [lib.base.rawset, lib.base.rawget]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(rawset, math, "x", 1)
return {tostring(ok), tostring(e), tostring(rawget(_G, "no_such_global_x"))}
