--[==[
description: "indexing a nil field names it"
spec: [err.index, err.varinfo.field]
features: []
flags: []
negative: {phase: runtime}
]==]
local config = {}
print(config.server.port)
