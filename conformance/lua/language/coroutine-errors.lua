--[==[
description: "errors inside coroutines, yield across pcall, running"
spec: [lib.coroutine.resume, lib.coroutine.running, lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() error("boom") end)
print(coroutine.resume(co))
print(coroutine.running())
local co2 = coroutine.create(function() return pcall(coroutine.yield, 1) end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "back"))
print(pcall(coroutine.yield, 1))
local w = coroutine.wrap(function() error({code = 1}) end)
local ok, e = pcall(w)
print(ok, type(e), e.code)
