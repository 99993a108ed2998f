--[==[
description: "gcinfo is about collectgarbage(\"count\")"
spec: [lib.base.gcinfo]
features: []
flags: []
negative: false
]==]
local k, c = gcinfo(), collectgarbage("count")
print(math.abs(k - c) < 64)
