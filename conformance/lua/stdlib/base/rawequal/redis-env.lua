--[==[
description: "rawequal inside an EVAL script"
spec: [lib.base.rawequal]
features: []
flags: [redis]
negative: false
]==]
return {tostring(rawequal(KEYS, KEYS)), tostring(rawequal({}, {})), tostring(rawequal("a", "a")), select(2, pcall(rawequal, 1))}
