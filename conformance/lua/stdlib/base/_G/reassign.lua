--[==[
description: "_G is an ordinary variable: reassigning it does not change the environment"
spec: [lib.base._G]
features: []
flags: []
negative: false
]==]
local real = _G
_G = {}
print(real.print == print, type(_G.print))
_G = real
print(_G == getfenv(0))
