--[==[
description: "_VERSION is Lua 5.1 and _G._G is _G"
spec: [lib.base._VERSION, lib.base._G]
features: []
flags: []
negative: false
]==]
print(_VERSION, _G._G == _G, _G._VERSION)
