--[==[
description: "each Lua metamethod call counts one C level: runaway __index and __add recursion end in C stack overflow, depth is restored after errors, and a yield inside a metamethod crosses a C boundary"
spec: [lang.metamethod-frames, lang.metatable.index, lang.coroutine]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {})
getmetatable(t).__index = function(tt, k) return tt[k .. "x"] end
local ok, err = pcall(function() return t.a end)
print(ok, err)
-- the depth is back to normal afterwards, many times over
for i = 1, 300 do
  ok, err = pcall(function() return t.a end)
end
print(ok, err)
-- a finite chain just below the limit works
local depth = 0
local D = {}
D.__add = function(p, q)
  depth = depth + 1
  if p.n == 0 then return depth end
  return setmetatable({ n = p.n - 1 }, D) + q
end
for _, n in ipairs({ 10, 150, 190, 196, 197, 198, 250 }) do
  depth = 0
  local ok2, r = pcall(function() return setmetatable({ n = n }, D) + 1 end)
  print(n, ok2, r)
end
-- __index chains through tables and functions
local base = setmetatable({}, { __index = function(_, k) return "fn:" .. k end })
local mid = setmetatable({}, { __index = base })
local top = setmetatable({}, { __index = mid })
print(top.q, mid.r)
-- yield from a metamethod
local co = coroutine.create(function()
  local y = setmetatable({}, { __index = function(_, k) return coroutine.yield(k) end })
  return y.z
end)
print(coroutine.resume(co))
local co2 = coroutine.wrap(function()
  local c = setmetatable({}, { __lt = function() coroutine.yield("in lt") return true end })
  return c < c
end)
print(pcall(co2))
