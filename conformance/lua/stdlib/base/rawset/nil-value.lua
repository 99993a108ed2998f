--[==[
description: "rawset with a nil value removes the key"
spec: [lib.base.rawset]
features: []
flags: []
negative: false
]==]
local t = {a = 1}
rawset(t, "a", nil)
print(t.a, next(t))
