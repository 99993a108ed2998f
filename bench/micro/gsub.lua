-- stdlib micro-benchmark: string.gsub with a capture, a function and a pattern class.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(1000 * scale)
local text = string.rep("The quick brown fox 123 jumps over 45 lazy dogs. ", 20)
local total = 0
for i = 1, n do
  local a, c1 = text:gsub("(%d+)", "<%1>")
  local b, c2 = text:gsub("%a+", function(w) return #w > 4 and "W" or nil end)
  local c, c3 = text:gsub("%s+", " ")
  total = total + #a + #b + #c + c1 + c2 + c3
end
print(string.format("gsub n=%d total=%.0f", n, total))
