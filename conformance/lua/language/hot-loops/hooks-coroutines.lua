--[==[
description: "count and line hooks and coroutine yields inside hot loops"
spec: [lang.hot-loops, lib.debug.sethook, lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local n = 0
debug.sethook(function() n = n + 1 end, "", 97)
local s = 0
for i = 1, 20000 do
  s = s + i % 13
  if s > 1000000 then s = 0 end
end
debug.sethook()
print(n, s)
-- a line hook set from inside the loop (by a native call) takes effect at once
local lines = 0
local s2 = 0
for i = 1, 1000 do
  s2 = s2 + i
  if i == 900 then debug.sethook(function() lines = lines + 1 end, "l") end
end
debug.sethook()
print(lines, s2)
-- the count hook raising an error stops the loop at an exact instruction
local steps = 0
local ok, e = pcall(function()
  debug.sethook(function() steps = steps + 1 if steps == 50 then error("stop") end end, "", 10)
  local x = 0
  for i = 1, 100000 do x = x + 1 end
  return x
end)
debug.sethook()
print(ok, e, steps)
-- yields from a hot loop inside a coroutine, resumed by a hot loop
local co = coroutine.wrap(function()
  local acc = 0
  for i = 1, 3000 do
    acc = acc + i
    if i % 100 == 0 then coroutine.yield(acc) end
  end
  return -1
end)
local got = 0
for i = 1, 31 do got = got + co() end
print(got)
