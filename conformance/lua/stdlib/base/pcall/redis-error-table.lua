--[==[
description: "Redis pcall turns an error table with a string err field into that string"
spec: [lib.base.pcall]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() error({err = "CUSTOM failure"}) end)
local ok2, e2 = pcall(redis.call, "nosuchcommand")
local ok3, e3 = pcall()
return {tostring(ok), e, tostring(ok2), e2, tostring(ok3), e3}
