-- Allocation and garbage collection: build and walk many short-lived binary trees
-- next to one long-lived tree.
local scale = tonumber(arg and arg[1]) or 1
local maxDepth = 13
if scale < 1 then maxDepth = 9 end
-- above full size: one level deeper doubles the work
if scale >= 2 then maxDepth = 14 end
local minDepth = 4

local function make(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { make(depth), make(depth) }
end

local function count(tree)
  local l = tree[1]
  if not l then return 1 end
  return 1 + count(l) + count(tree[2])
end

local stretch = count(make(maxDepth + 1))
local longLived = make(maxDepth)
local total = 0
local lines = {}
for depth = minDepth, maxDepth, 2 do
  local iters = 1
  for _ = 1, maxDepth - depth + minDepth do iters = iters * 2 end
  local c = 0
  for _ = 1, iters do c = c + count(make(depth)) end
  total = total + c
  lines[#lines + 1] = string.format("%d:%d", depth, c)
end
print(string.format("binary-trees max=%d stretch=%d long=%d total=%d [%s]",
  maxDepth, stretch, count(longLived), total, table.concat(lines, " ")))
