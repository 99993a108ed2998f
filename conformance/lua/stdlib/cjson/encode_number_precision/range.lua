--[==[
description: "encode_number_precision from 1 to 14 on an instance"
spec: [lib.cjson.encode_number_precision]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
for _, p in ipairs({1, 2, 6, 14}) do
  c.encode_number_precision(p)
  r[#r + 1] = c.encode({1/3, 2/3, 12345.678})
end
r[#r + 1] = c.encode_number_precision()
return r
