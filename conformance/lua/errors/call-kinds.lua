--[==[
description: "call errors on locals, fields, upvalues, numbers and results of calls"
spec: [err.call, err.varinfo.local, err.varinfo.field, err.varinfo.method, err.varinfo.upvalue]
features: []
flags: []
negative: false
]==]
local up = 3
local t = {}
local cases = {
  function() local f = nil f() end,
  function() t.fn() end,
  function() t:meth() end,
  function() up() end,
  function() ("s")() end,
  function() local r = t.x and 1 return (t.x)() end,
  function() return (function() end)()() end,
  function() string.nonexistent("a") end,
  function() ("abc"):nomethod() end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
