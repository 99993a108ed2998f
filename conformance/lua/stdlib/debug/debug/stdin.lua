--[==[
description: "after debug.debug stdin is exhausted; a wrong call of its result fails"
spec: [lib.debug.debug]
features: []
flags: []
negative: false
]==]
debug.debug()
print(io.read())
print(pcall(function() return debug.debug()() end))
