-- stdlib micro-benchmark: table.concat of many small strings, and .. chains.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(200 * scale)
local len = 0
for r = 1, n do
  local t = {}
  for i = 1, 500 do t[i] = "item" .. i end
  local s = table.concat(t, ",")
  local u = "a" .. r .. "b" .. s:sub(1, 10) .. "c"
  len = len + #s + #u
end
print(string.format("concat n=%d len=%d", n, len))
