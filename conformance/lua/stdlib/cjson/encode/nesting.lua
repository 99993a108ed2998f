--[==[
description: "encode depth limit of 1000"
spec: [lib.cjson.encode]
features: []
flags: [redis]
negative: false
]==]
local t = {}
local cur = t
for i = 1, 1001 do cur[1] = {} cur = cur[1] end
local ok, e = pcall(cjson.encode, t)
local u = {}
cur = u
for i = 1, 998 do cur[1] = {} cur = cur[1] end
return {tostring(ok), e, #cjson.encode(u)}
