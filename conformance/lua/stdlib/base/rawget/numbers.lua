--[==[
description: "rawget normalises float keys that are integers"
spec: [lib.base.rawget]
features: []
flags: []
negative: false
]==]
local t = {[1] = "one", [2.5] = "f"}
print(rawget(t, 1.0), rawget(t, 2.5), rawget(t, "1"))
