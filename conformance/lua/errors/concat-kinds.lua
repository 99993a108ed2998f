--[==[
description: "concatenation errors name the offending value"
spec: [err.concat, err.varinfo.local, err.varinfo.global, err.varinfo.field]
features: []
flags: []
negative: false
]==]
local t = {}
local cases = {
  function() return "a" .. nil end,
  function() return "a" .. t end,
  function() local b = true return b .. "x" end,
  function() return "x" .. undefinedglobal end,
  function() return t.f .. "x" end,
  function() return 1 .. {} .. 2 end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
