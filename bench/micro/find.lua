-- stdlib micro-benchmark: string.find plain and with patterns, string.match with captures.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(20000 * scale)
local text = string.rep("key=value; other=thing; ", 10) .. "needle=42;"
local hits = 0
for i = 1, n do
  local a = string.find(text, "needle", 1, true)
  local b, e, v = string.find(text, "needle=(%d+)")
  local k, w = string.match(text, "(%a+)=(%a+);", (i % 100) + 1)
  hits = hits + a + b + e + #v + (k and #k or 0)
end
print(string.format("find n=%d hits=%.0f", n, hits))
