--[==[
description: "assert error messages: default, custom, non-string message"
spec: [lib.base.assert]
features: []
flags: []
negative: false
]==]
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
local ok, e = pcall(assert, false, {code = 7})
print(ok, type(e), e.code)
print(pcall(assert))
