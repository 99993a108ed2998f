--[==[
description: "rawequal across types and with NaN"
spec: [lib.base.rawequal]
features: []
flags: []
negative: false
]==]
local nan = 0/0
print(rawequal(nan, nan), rawequal("1", 1), rawequal(print, print), rawequal({}, {}))
