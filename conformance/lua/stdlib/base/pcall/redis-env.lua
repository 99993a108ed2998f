--[==[
description: "pcall and xpcall inside an EVAL script"
spec: [lib.base.pcall, lib.base.xpcall]
features: []
flags: [redis]
negative: false
]==]
local a = {pcall(error, "e1")}
local b = {xpcall(function() error("e2", 0) end, function(m) return "handled " .. m end)}
return {tostring(a[1]), a[2], tostring(b[1]), b[2]}
