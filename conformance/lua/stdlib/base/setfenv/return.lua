--[==[
description: "setfenv returns the function; a function's new environment is inherited by closures it creates"
spec: [lib.base.setfenv]
features: []
flags: []
negative: false
]==]
local function maker() return function() return who end end
setfenv(maker, {who = "env-closure"})
print(maker()(), setfenv(maker, {who = 2}) == maker, maker()())
