--[==[
description: "index errors for nil/number/boolean values from globals, locals, fields, upvalues"
spec: [err.index, err.varinfo.global, err.varinfo.local, err.varinfo.field, err.varinfo.upvalue]
features: []
flags: []
negative: false
]==]
local n = 5
local t = {}
local cases = {
  function() return missing.x end,
  function() local b = true return b.x end,
  function() return t.a.b end,
  function() return n.x end,
  function() missing.x = 1 end,
  function() t.a.b = 1 end,
  function() local s = nil; s[1] = 2 end,
  function() return (nil).x end,
  function() return t[1][2] end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
