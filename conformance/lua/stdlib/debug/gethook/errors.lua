--[==[
description: "debug.gethook with a non-thread argument is ignored; calling nil hook fails"
spec: [lib.debug.gethook]
features: []
flags: []
negative: false
]==]
print(select('#', debug.gethook()))
print(pcall(function() return debug.gethook()() end))
