--[==[
description: "Lua metamethods that are vararg functions, that tail-call Lua and native functions, that set fields through rawset, or that call other metamethods"
spec: [lang.metamethod-frames, lang.metatable.index, lang.metatable.newindex]
features: []
flags: []
negative: false
]==]
local function helper(t, k) return "helper:" .. k end
local store = {}
local M = {}
M.__index = function(t, k)
  if k == "tail" then return helper(t, k) end
  if k == "raw" then return rawget(store, k) end
  if k == "count" then return select("#", t, k) end
  return (t.tail .. "+" .. k)
end
M.__newindex = function(t, k, v) return rawset(t, k, v * 2) end
M.__add = function(...) local p, q = ...; return select("#", ...) .. ":" .. type(p) .. "," .. type(q) end
M.__call = function(self, a, b) return a + b end
local o = setmetatable({ n = 100 }, M)
store.raw = "stored"
print(o.tail, o.raw, o.count, o.other)
o.f = 21
print(rawget(o, "f"), o.f)
print(o + 1, 1 + o)
print(o(2, 3))
local v = setmetatable({}, { __index = function(_, k) return o[k] end })
print(v.tail, v.chain)
-- globals through the environment's metatable
local env = setmetatable({}, {
  __index = function(_, k) return "global:" .. k end,
  __newindex = function(t, k, val) rawset(t, k, val .. "!") end,
})
local f = loadstring("x = 'set'; return undefined_name, x")
setfenv(f, env)
print(f())
