--[==[
description: "tonumber and tostring inside an EVAL script"
spec: [lib.base.tonumber, lib.base.tostring]
features: []
flags: [redis]
negative: false
]==]
return {tonumber("0x10"), tonumber("z", 36), tostring(tonumber("abc")), tostring(1e15), tostring(0.1), select(2, pcall(tonumber, "1", 99))}
