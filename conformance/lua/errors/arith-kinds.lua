--[==[
description: "arithmetic error messages for each operand kind, caught with pcall"
spec: [err.arith, err.varinfo.global, err.varinfo.local, err.varinfo.field, err.varinfo.upvalue, err.varinfo.constant, lib.base.pcall]
features: []
flags: []
negative: false
]==]
local up = {}
local t = {sub = {}}
local cases = {
  function() return nothere + 1 end,
  function() local l = {} return 1 - l end,
  function() return t.sub.x * 2 end,
  function() return up / 2 end,
  function() return ("x") % 2 end,
  function() return 2 ^ t.name end,
  function() return -t end,
  function() return t[1] + 1 end,
  function() local k = "key" return t[k] + 1 end,
  function() return {} + 1 end,
  function() return (nil) + 1 end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
