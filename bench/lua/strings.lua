-- String building, formatting, gsub, find, sub, byte/char, rep, upper/lower.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(120000 * scale)
if n < 100 then n = 100 end

local function hashStr(h, s)
  for i = 1, #s, 7 do h = (h * 31.0 + s:byte(i)) % 2147483647 end
  return (h * 31.0 + #s) % 2147483647
end

local h = 0
-- building with table.concat and string.format
local parts = {}
for i = 1, n do
  parts[#parts + 1] = string.format("%05d:%s:%x;", i, (i % 3 == 0) and "fizz" or "buzz", i * 7)
end
local big = table.concat(parts)
h = hashStr(h, big)

-- building with .. in a loop (short strings)
local acc = ""
for i = 1, n / 20 do
  acc = acc .. string.char(97 + i % 26)
  if #acc > 200 then h = hashStr(h, acc); acc = "" end
end
h = hashStr(h, acc)

-- gsub with a pattern, a replacement string, a function and a table
local s1, c1 = big:gsub("(%d+):fizz", "<%1>")
local s2, c2 = big:gsub("%x+;", function(x) return #x > 4 and "L;" or nil end)
local s3, c3 = big:gsub("(%a+)", { fizz = "F", buzz = "B" })
h = hashStr(hashStr(hashStr(h, s1), s2), s3)

-- find: plain and with patterns, iterating through the string
local pos, found = 1, 0
while true do
  local a, b = string.find(big, "fizz:", pos, true)
  if not a then break end
  found = found + 1
  pos = b + 1
end
local words = 0
for w in string.gmatch(big:sub(1, 200000), "%a+") do words = words + #w end
local caps = 0
for i = 1, n / 10 do
  local line = parts[i]
  local num, kind, hex = string.match(line, "^(%d+):(%a+):(%x+);$")
  if kind == "fizz" then caps = caps + tonumber(num) + tonumber(hex, 16) % 1000 end
end

-- sub, byte, char, rep, upper, lower, len
local r = string.rep("abcXYZ", 50)
local m = 0
for i = 1, n do
  local k = i % 250 + 1
  local piece = r:sub(k, k + 20)
  m = (m + piece:upper():byte(3) + piece:lower():len()) % 1000000007
end
print(string.format("strings n=%d hash=%d counts=%d,%d,%d found=%d words=%d caps=%d m=%d",
  n, h, c1, c2, c3, found, words, caps, m))
