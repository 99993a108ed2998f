--[==[
description: "loadstring and load inside an EVAL script"
spec: [lib.base.loadstring, lib.base.load]
features: []
flags: [redis]
negative: false
]==]
local f = loadstring("return 1 + 1")
local g, e = loadstring("return +", "=chunk")
local parts = {"return ", "'loaded'"}
local i = 0
local h = load(function() i = i + 1 return parts[i] end)
return {f(), tostring(g), e, h()}
