--[==[
description: "cjson.decode of \\u escapes to UTF-8, including surrogate pairs"
spec: [lib.cjson.decode]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local r = {}
r[1] = hex(cjson.decode('"\\u00e9"'))
r[2] = hex(cjson.decode('"\\u20ac"'))
r[3] = hex(cjson.decode('"\\ud83d\\ude00"'))
r[4] = select(2, pcall(cjson.decode, '"\\ud83d"'))
r[5] = select(2, pcall(cjson.decode, '"\\u12"'))
return r
