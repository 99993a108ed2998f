--[==[
description: "arithmetic, comparisons, tests and globals in loops that run thousands of times"
spec: [lang.hot-loops, lang.for.numeric]
features: []
flags: []
negative: false
]==]
local acc, f, m, p = 0, 0.5, 0, 0
for i = 1, 5000 do
  acc = acc + i * 3 - i / 4
  f = f * 1.0001 + 0.25
  m = m + (-i) % 7 + i % -5 + (i - 0.5) % 2.5
  p = p + (i % 10) ^ 2
end
print(acc, f, m, p)
print(string.format("%.17g %.17g", acc, f))
-- -0, nan, inf, huge integers inside a hot loop
local z, inf, big, nan = 0, 0, 2^53 - 10, 0
for i = 1, 200 do
  z = -0 * i
  inf = 1 / (i - i)
  big = big + 1
  nan = (i - i) / 0
end
print(z, 1 / z, inf, -inf, big, nan ~= nan, string.format("%.0f", big))
-- float steps, negative steps, an empty loop, a loop variable shadowed
local n, last = 0, nil
for x = 1, 0, 0.001 do n = n + 1 end
for x = 10, 1, -0.25 do n = n + 1; last = x end
for x = 0.1, 1, 0.1 do n = n + 1; last = x end
print(n, last)
-- while and repeat with and/or chains (TESTSET), not, #, loadnil, loadbool
local s, t, i = 0, {}, 0
while i < 3000 and (i % 1000 ~= 999 or i < 2000) do
  i = i + 1
  local a, b, c
  local ok = i % 3 == 0
  local v = (ok and i) or (not ok and -i) or 0
  t[#t + 1] = v
  if not (v > 0) then s = s - 1 else s = s + 1 end
  a = a or i; b = b and 1; c = (c == nil)
  s = s + (a > 0 and 1 or 0) + (b == nil and 1 or 0) + (c and 1 or 0)
end
print(s, #t, t[#t], i)
local r = 0
repeat r = r + 7 until r >= 20000 or r == 14
print(r)
-- globals read and written in a hot loop; nested loops; break
G1 = 0
for i = 1, 300 do
  for j = i, 300 do
    if (i + j) % 97 == 0 then break end
    G1 = G1 + 1
  end
end
print(G1)
-- comparisons of mixed values and equality of tables / strings
local eqs, lts = 0, 0
local tt = {}
for i = 1, 1000 do
  local x = (i % 2 == 0) and tt or {}
  if x == tt then eqs = eqs + 1 end
  if "a" .. (i % 3) < "a1" then lts = lts + 1 end
  if i == "1" then eqs = eqs + 100 end
  if i % 5 == 0.0 then eqs = eqs + 1 end
end
print(eqs, lts)
