-- Mandelbrot set membership on a w x w grid (escape radius 2, 50 iterations).
-- Counts members and folds the escape iteration of each point into a checksum.
local scale = tonumber(arg and arg[1]) or 1
local w = math.floor(900 * math.sqrt(scale))
if w < 16 then w = 16 end
local maxIter = 50

local inside, hash = 0, 0
for py = 0, w - 1 do
  local ci = 2.0 * py / w - 1.0
  local rowEsc = 0
  for px = 0, w - 1 do
    local cr = 2.0 * px / w - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local it = 0
    while it < maxIter and zr2 + zi2 <= 4.0 do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      it = it + 1
    end
    if it == maxIter then inside = inside + 1 else rowEsc = rowEsc + it end
  end
  hash = (hash * 31.0 + rowEsc) % 2147483647
end
print(string.format("mandelbrot %dx%d inside=%d hash=%d", w, w, inside, hash))
