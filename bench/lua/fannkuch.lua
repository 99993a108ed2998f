-- Fannkuch-redux: flip prefixes of every permutation, checksum with alternating signs.
local scale = tonumber(arg and arg[1]) or 1
local n = 9
if scale < 1 then n = 7 end

local function fannkuch(size)
  local perm, perm1, counts = {}, {}, {}
  for i = 1, size do perm1[i] = i end
  local maxFlips, checksum, sign = 0, 0, 1
  local r = size
  while true do
    -- counts[k] holds how many rotations of the first k elements remain
    while r ~= 1 do counts[r] = r; r = r - 1 end
    for i = 1, size do perm[i] = perm1[i] end
    local flips = 0
    local first = perm[1]
    while first ~= 1 do
      local lo, hi = 1, first
      while lo < hi do
        perm[lo], perm[hi] = perm[hi], perm[lo]
        lo = lo + 1; hi = hi - 1
      end
      flips = flips + 1
      first = perm[1]
    end
    if flips > maxFlips then maxFlips = flips end
    checksum = checksum + sign * flips
    sign = -sign
    -- advance to the next permutation: rotate the first r+1 elements left
    while true do
      if r == size then return checksum, maxFlips end
      local head = perm1[1]
      for i = 1, r do perm1[i] = perm1[i + 1] end
      perm1[r + 1] = head
      counts[r + 1] = counts[r + 1] - 1
      if counts[r + 1] > 0 then break end
      r = r + 1
    end
  end
end

-- above full size, the same permutations are run again (scale rounded) so work grows like scale
local sum, flips = fannkuch(n)
for _ = 2, math.floor(scale + 0.5) do sum, flips = fannkuch(n) end
print(string.format("fannkuch(%d) checksum=%d maxflips=%d", n, sum, flips))
