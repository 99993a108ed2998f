--[==[
description: "type without an argument ends the program with the lauxlib message"
spec: [lib.base.type]
features: []
flags: []
negative: {phase: runtime}
]==]
local x = type()
