-- Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), by power iteration.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(360 * scale)
if n < 10 then n = 10 end

local function a(i, j)
  local s = i + j
  return 1.0 / (s * (s + 1) / 2 + i + 1)
end

local function mulAv(v, out)
  for i = 0, n - 1 do
    local sum = 0
    for j = 0, n - 1 do sum = sum + a(i, j) * v[j + 1] end
    out[i + 1] = sum
  end
end

local function mulAtv(v, out)
  for i = 0, n - 1 do
    local sum = 0
    for j = 0, n - 1 do sum = sum + a(j, i) * v[j + 1] end
    out[i + 1] = sum
  end
end

local function mulAtAv(v, out, tmp)
  mulAv(v, tmp)
  mulAtv(tmp, out)
end

local u, v, t = {}, {}, {}
for i = 1, n do u[i] = 1; v[i] = 0; t[i] = 0 end
for _ = 1, 10 do
  mulAtAv(u, v, t)
  mulAtAv(v, u, t)
end
local vBv, vv = 0, 0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("spectral n=%d norm=%.9f", n, math.sqrt(vBv / vv)))
