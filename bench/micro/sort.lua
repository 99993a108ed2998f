-- stdlib micro-benchmark: table.sort of numbers without and with a comparator.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(15 * scale)
local seed = 11
local base = {}
for i = 1, 2000 do seed = (seed * 16807.0) % 2147483647; base[i] = seed end
local check = 0
for r = 1, n do
  local a, b = {}, {}
  for i = 1, #base do a[i] = base[i]; b[i] = base[i] end
  table.sort(a)
  table.sort(b, function(x, y) return x > y end)
  check = (check + a[r] % 1000 + b[r] % 1000) % 1000000007
end
print(string.format("sort n=%d check=%d", n, check))
