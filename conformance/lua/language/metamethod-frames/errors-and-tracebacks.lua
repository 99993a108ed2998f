--[==[
description: "errors raised inside Lua metamethods: messages with the metamethod's line, tracebacks through the metamethod and its caller, pcall inside a metamethod, error objects"
spec: [lang.metamethod-frames, err.error.level, err.error.value, err.arith]
features: []
flags: []
negative: false
]==]
local M = {}
M.__index = function(t, k)
  if k == "boom" then error("index " .. k) end
  if k == "obj" then error({ code = 7 }) end
  if k == "tb" then return debug.traceback("tb", 1) end
  if k == "info" then
    local i = debug.getinfo(2, "Sl")
    return i.short_src .. ":" .. i.currentline
  end
  if k == "nested" then
    local ok, e = pcall(function() return t.boom end)
    return "caught: " .. tostring(e)
  end
  return nil + k
end
M.__newindex = function(t, k, v) error("newindex " .. k .. "=" .. tostring(v), 2) end
M.__eq = function(a, b) error("eq") end
local o = setmetatable({}, M)
print(pcall(function() return o.boom end))
local ok, e = pcall(function() return o.obj end)
print(ok, type(e), e.code)
print(o.tb)
print(o.info)
print(o.nested)
print(pcall(function() return o.other end))
print(pcall(function() o.field = 5 end))
print(pcall(function() return o == setmetatable({}, M) end))
print(select(2, xpcall(function() return o.boom end, debug.traceback)))
