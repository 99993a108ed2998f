--[==[
description: "an uncaught error from a wrapped coroutine ends the program"
spec: [lib.coroutine.wrap]
features: []
flags: []
negative: {phase: runtime}
]==]
local f = coroutine.wrap(function() local t = nil; return t.x end)
f()
