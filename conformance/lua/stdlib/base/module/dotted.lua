--[==[
description: "module with a dotted name creates nested tables"
spec: [lib.base.module]
features: []
flags: []
negative: false
]==]
local print, getfenv, package = print, getfenv, package
module("redlua.sub.leaf")
print(_NAME, _PACKAGE)
x = 1
local g = getfenv(1)
print(g == package.loaded["redlua.sub.leaf"])
