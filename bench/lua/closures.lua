-- Closure creation, upvalue reads and writes (open and closed), shared upvalues,
-- closures in loops and higher-order helpers.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(750000 * scale)
if n < 1000 then n = 1000 end

local function counter()
  local c = 0
  return function(d) c = c + d; return c end
end

local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end

local function map(t, f)
  local out = {}
  for i = 1, #t do out[i] = f(t[i]) end
  return out
end

local function fold(t, f, acc)
  for i = 1, #t do acc = f(acc, t[i]) end
  return acc
end

local total = 0
for i = 1, n do
  local c = counter()
  c(i); c(1)
  total = (total + c(0)) % 1000000007
end

local get, set = pair()
for i = 1, n do set(get() + i % 3) end

local fns = {}
for i = 1, 100 do fns[i] = function(x) return x + i end end
local applied = 0
for rep = 1, n / 100 do
  for i = 1, 100 do applied = fns[i](applied) % 1000003 end
end

local base = {}
for i = 1, 200 do base[i] = i end
local folded = 0
for rep = 1, n / 2000 do
  local k = rep % 7
  local m = map(base, function(x) return x * k + rep end)
  folded = (folded + fold(m, function(a, b) return a + b end, 0)) % 1000000007
end

local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local h = compose(inc, compose(dbl, inc))
local hc = 0
for i = 1, n do hc = (hc + h(i)) % 1000000007 end
print(string.format("closures n=%d total=%d shared=%d applied=%d folded=%d composed=%d",
  n, total, get(), applied, folded, hc))
