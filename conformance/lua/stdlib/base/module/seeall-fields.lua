--[==[
description: "module with package.seeall sets _NAME, _M and _PACKAGE"
spec: [lib.base.module, lib.package.seeall]
features: []
flags: []
negative: false
]==]
module("redlua_mod_a", package.seeall)
print(_NAME, _M == redlua_mod_a, _PACKAGE == "", package.loaded["redlua_mod_a"] == _M)
function f() return "mod f" end
print(redlua_mod_a.f())
