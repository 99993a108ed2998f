-- stdlib micro-benchmark: string.format with %d, %s, %5.2f, %x, %q.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(40000 * scale)
local len = 0
for i = 1, n do
  local s = string.format("%d|%s|%5.2f|%x|%q", i, "name", i / 7, i, "a\"b")
  len = len + #s
end
print(string.format("format n=%d len=%d", n, len))
