--[==[
description: "hot loops calling compositions of small functions (an implementation may inline them): tail calls, all results of one call passed to the next, several results returned, callees picked from a table by the loop index, and an operand leaving the fast path deep inside"
spec: [lang.hot-loops, lang.tailcall, lang.multret]
features: []
flags: []
negative: false
]==]
local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local h = compose(inc, compose(dbl, inc))
local s = 0
for i = 1, 3000 do s = s + h(i) end
print(s)
-- two results passed on, two returned
local function split(x) return x % 10, x - x % 10 end
local function join(a, b) return b + a, a end
local both = compose(join, split)
local p, q = 0, 0
for i = 1, 3000 do
  local x, y = both(i)
  p = p + x
  q = q + y
end
print(p, q)
-- fewer and more results than passed
local function three(x) return x, x + 1, x + 2 end
local function first(a) return a end
local function count(a, b, c, d) return (a or 0) + (b or 0) + (c or 0) + (d and 1000 or 0) end
local f1, c3 = compose(first, three), compose(count, three)
local u, w = 0, 0
for i = 1, 3000 do u = u + f1(i); w = w + c3(i) end
print(u, w)
-- results stored as they come (nothing checks them on the way)
local function lastTwo(a, b, c, d) return d, c end
local l2 = compose(lastTwo, three)
local ds, cs = {}, {}
for i = 1, 3000 do ds[i], cs[i] = l2(i) end
local nd, sc = 0, 0
for i = 1, 3000 do
  if ds[i] ~= nil then nd = nd + 1 end
  if cs[i] ~= nil then sc = sc + cs[i] end
end
print(nd, sc)
-- callees taken from a table by the loop variable (one function, many closures)
local fns = {}
for i = 1, 100 do fns[i] = function(x) return x + i end end
local acc = 0
for rep = 1, 30 do
  for i = 1, 100 do acc = fns[i](acc) % 1000003 end
end
print(acc)
-- a counter inside a composition; a string arrives late (coerced), then a table (an error)
local n = 0
local function tick(x) n = n + 1; return x end
local ticked = compose(inc, compose(tick, dbl))
local t = 0
local bad = {}
for i = 1, 3000 do t = t + ticked(i == 1500 and "7" or i) end
print(t, n)
print(pcall(function() for i = 1, 3000 do t = t + ticked(i == 2500 and bad or i) end end))
print(t, n)
