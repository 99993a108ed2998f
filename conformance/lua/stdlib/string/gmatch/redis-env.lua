--[==[
description: "string.gmatch and gfind inside an EVAL script"
spec: [lib.string.gmatch, lib.string.gfind]
features: []
flags: [redis]
negative: false
]==]
local r = {}
for w in string.gmatch("one two three", "%a+") do r[#r + 1] = w end
for w in string.gfind("x y", "%a") do r[#r + 1] = w end
return r
