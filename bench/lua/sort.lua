-- table.sort on numbers and strings, with the default order and with comparators.
-- Keys are distinct, so the sorted sequence is the same whatever pivot a Lua picks.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(60000 * scale)
if n < 500 then n = 500 end

local seed = 7
local function rand() seed = (seed * 16807.0) % 2147483647; return seed end

local function check(t, less)
  local h = 0
  for i = 1, #t do
    if i > 1 and less(t[i], t[i - 1]) then error("not sorted at " .. i) end
  end
  for i = 1, #t, 37 do
    local v = t[i]
    if type(v) == "table" then v = v.key end
    if type(v) == "string" then v = v:byte(1) * 1000 + #v end
    h = (h * 31.0 + v % 1000003) % 2147483647
  end
  return h
end

-- distinct numbers: i plus a random multiple of n+1
local nums = {}
for i = 1, n do nums[i] = (rand() % 1000) * (n + 1) + i end
local a = {}
for i = 1, n do a[i] = nums[i] end
table.sort(a)
local h1 = check(a, function(x, y) return x < y end)

for i = 1, n do a[i] = nums[i] end
table.sort(a, function(x, y) return x > y end)
local h2 = check(a, function(x, y) return x > y end)

local strs = {}
for i = 1, n / 2 do strs[i] = string.format("%x-%d", rand() % 65536, i) end
table.sort(strs)
local h3 = check(strs, function(x, y) return x < y end)

local recs = {}
for i = 1, n / 2 do recs[i] = { key = nums[i], name = "r" .. i } end
table.sort(recs, function(x, y) return x.key < y.key end)
local h4 = check(recs, function(x, y) return x.key < y.key end)

-- already sorted and reversed inputs
local asc = {}
for i = 1, n do asc[i] = i end
table.sort(asc, function(x, y) return x < y end)
local rev = {}
for i = 1, n do rev[i] = n - i end
table.sort(rev)
print(string.format("sort n=%d h=%d,%d,%d,%d asc=%d rev=%d", n, h1, h2, h3, h4, asc[n], rev[1]))
