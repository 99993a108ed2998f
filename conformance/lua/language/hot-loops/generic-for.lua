--[==[
description: "generic for loops (pairs, ipairs, next, gmatch, Lua iterators, coroutine.wrap) running thousands of times"
spec: [lang.hot-loops, lang.for.generic]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 3000 do t[i] = i * 2 end
for i = 1, 500 do t["k" .. i] = i end
local s, n = 0, 0
for k, v in pairs(t) do n = n + 1; s = s + v end
print(n, s)
s = 0
for i, v in ipairs(t) do s = s + i * v end
print(s)
s = 0
for k, v in next, t do if type(k) == "string" then s = s + v end end
print(s)
-- an iterator that stops early, a loop with break, nested generic loops
local words = 0
for w in string.gmatch(string.rep("alpha beta gamma ", 400), "%a+") do words = words + #w end
print(words)
local found
for i, v in ipairs(t) do if v == 1500 then found = i break end end
print(found)
local pairs_n = 0
for i = 1, 100 do for _, v in ipairs({ 1, 2, 3, 4, 5, 6, 7, 8 }) do pairs_n = pairs_n + v end end
print(pairs_n)
-- a Lua iterator (a closure) and a coroutine iterator
local function range(m) local i = 0 return function() i = i + 1 if i <= m then return i end end end
s = 0
for i in range(2000) do s = s + i end
print(s)
s = 0
for v in coroutine.wrap(function() for i = 1, 1000 do coroutine.yield(i) end end) do s = s + v end
print(s)
-- assigning to existing fields during traversal is allowed; adding a key then is an error
for k, v in pairs(t) do t[k] = v end
local ok, e = pcall(function()
  local c = 0
  for k, v in pairs(t) do
    c = c + 1
    if c == 2000 then t[k] = nil; t.newkey1 = 1; t.newkey2 = 2; t.newkey3 = 3 end
  end
  return c
end)
print(ok, e)
-- the iterator raising an error after many iterations
ok, e = pcall(function()
  local c = 0
  for k, v in next, t do
    c = c + 1
    if c == 1000 then for _ in next, t, "no-such-key" do end end
  end
end)
print(ok, e)
-- more results than the iterator gives, and fewer
local cnt = 0
for a, b, c, d in ipairs(t) do if d == nil and c == nil then cnt = cnt + 1 end end
for a in pairs(t) do cnt = cnt + 1 end
print(cnt)
