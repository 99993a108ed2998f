-- Numeric for/while/repeat loops over integers and floats.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(15000000 * scale)

local acc = 0.0
for i = 1, n do
  local q = i % 7
  if q == 3 then acc = acc + i
  elseif q < 3 then acc = acc - q
  else acc = acc + 1 end
end
acc = acc % 1000000007

local f = 0.0
local i = 0
while i < n do
  i = i + 3
  f = f + 0.5
end

local down = 0
for k = n, 1, -2 do down = down + 1 end

local rep = 0
repeat rep = rep + 7 until rep >= n

local nested = 0
local m = math.floor(math.sqrt(n / 4))
for a = 1, m do
  for b = a, m do
    if (a + b) % 5 == 0 then nested = nested + 1 end
  end
end
print(string.format("loops n=%d acc=%d f=%.6f down=%d rep=%d nested=%d", n, acc, f, down, rep, nested))
