--[==[
description: "_G refers to the global table and globals are its fields"
spec: [lib.base._G]
features: []
flags: []
negative: false
]==]
print(_G._G == _G, _G.print == print)
newglobal = 1
print(_G.newglobal, rawget(_G, "newglobal"))
_G.other = "x"
print(other)
