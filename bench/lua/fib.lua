-- Recursive calls: naive Fibonacci plus a mutually recursive pair.
-- Usage: lua fib.lua [scale]   (scale 1 = full size; smaller for tests)
local scale = tonumber(arg and arg[1]) or 1
local n = 33
if scale < 1 then n = 22 end
-- above full size, the work grows like scale: fib(n + k) costs about 1.618^k times fib(n)
if scale > 1 then n = n + math.floor(math.log(scale) / math.log(1.618) + 0.5) end

local function fib(k)
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

local is_even, is_odd
function is_even(k) if k == 0 then return true end return is_odd(k - 1) end
function is_odd(k) if k == 0 then return false end return is_even(k - 1) end

local r = fib(n)
local parity = 0
for k = 1, 300 do
  if is_even(k * 3) then parity = parity + 1 end
end
print(string.format("fib(%d)=%d parity=%d", n, r, parity))
