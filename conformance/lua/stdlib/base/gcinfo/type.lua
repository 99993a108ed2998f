--[==[
description: "gcinfo returns an integer count in Kbytes"
spec: [lib.base.gcinfo]
features: []
flags: []
negative: false
]==]
local k = gcinfo()
print(type(k), k > 0, k == math.floor(k), select('#', gcinfo()))
