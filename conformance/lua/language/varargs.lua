--[==[
description: "varargs: select, # of {...}, nils, adjustment"
spec: [lang.vararg, lib.base.select]
features: []
flags: []
negative: false
]==]
local function f(...)
  local t = {...}
  return select("#", ...), #t, (select(2, ...)), select(-1, ...)
end
print(f(1, 2, 3))
print(f(nil, "b"))
print(pcall(f))
local function g(...) return ..., "end" end
print(g(1, 2))
