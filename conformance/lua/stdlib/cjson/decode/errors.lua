--[==[
description: "decode errors name the position"
spec: [lib.cjson.decode]
features: []
flags: [redis]
negative: false
]==]
local r = {}
for _, s in ipairs({"{", "[1,]", "nul", '{"a" 1}', "", '"\\x"', "[1] 2", "{1:2}"}) do
  local ok, e = pcall(cjson.decode, s)
  r[#r + 1] = e
end
return r
