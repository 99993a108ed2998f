-- Table array part and hash part: writes, reads, length, insert/remove, string and
-- integer keys, pairs/ipairs traversal (order-independent sums only).
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(200000 * scale)
if n < 1000 then n = 1000 end

local arr = {}
for i = 1, n do arr[i] = i * 3 % 1001 end
local s = 0.0
for rep = 1, 8 do
  for i = 1, #arr do s = s + arr[i] end
  for i = 1, n do arr[i] = arr[i] + rep end
end

local keys = {}
for i = 1, 1000 do keys[i] = "k" .. i end
local hash = {}
for rep = 1, n / 500 do
  for i = 1, 1000 do
    local k = keys[i]
    hash[k] = (hash[k] or 0) + i
  end
end
local hs = 0
for k, v in pairs(hash) do hs = (hs + v * #k) % 1000000007 end

local sparse = {}
for i = 1, n do sparse[i * 17] = i end
local ss = 0.0
for i = 1, n do ss = ss + (sparse[i * 17] or 0) - (sparse[i * 17 + 1] or 0) end

local stack = {}
for i = 1, n do table.insert(stack, i) end
local popped = 0.0
while #stack > n / 2 do popped = popped + table.remove(stack) end
for i = 1, 20 do table.insert(stack, 1, i) end

local ip = 0.0
-- (i + 0.0): fengari's integers are 32-bit, so keep integer products below 2^31
for i, v in ipairs(stack) do ip = (ip + (i + 0.0) * v) % 1000000007 end

local rec = {}
for i = 1, n do
  local t = { x = i, y = i + 1, name = "p" }
  t.z = t.x + t.y
  rec[#rec + 1] = t
end
local rs = 0
for i = 1, #rec do rs = (rs + rec[i].z) % 1000000007 end
print(string.format("tables n=%d s=%.0f hs=%d ss=%.0f popped=%.0f ip=%d rs=%d len=%d",
  n, s, hs, ss, popped, ip, rs, #stack))
