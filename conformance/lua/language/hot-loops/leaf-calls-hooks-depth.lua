--[==[
description: "count hooks see every instruction of small functions called from hot loops, and a hot loop calling one at the deepest frame level still ends in stack overflow"
spec: [lang.hot-loops, lang.limits.c-calls]
features: []
flags: []
negative: false
]==]
-- each period runs a fresh copy of the loop (a new function), compiled or not on its own
local body = [[
  local sq, mix = ...
  local s = 0
  for i = 1, 2000 do s = s + sq(i) + mix(i, 3) end
  return s
]]
local function sq(x) return x * x end
local function mix(a, b) local s = a + b; local d = a - b; return s * d end
local counts = {}
for _, period in ipairs({ 1000, 100, 37, 7, 3, 1 }) do
  local f = loadstring(body)
  local n = 0
  debug.sethook(function() n = n + 1 end, "", period)
  local s = f(sq, mix)
  debug.sethook()
  counts[#counts + 1] = period .. ":" .. n .. ":" .. s
end
print(table.concat(counts, " "))
-- the loop at the deepest level: the leaf call itself overflows
local function leaf(i) return i + 1 end
local function rec(d)
  if d == 0 then
    local s = 0
    for i = 1, 200 do s = s + leaf(i) end
    return s
  end
  local r = rec(d - 1)
  return r
end
for _, d in ipairs({ 100, 16000, 19990, 19994, 19995, 19996, 19997, 19998, 20000 }) do
  local ok, r = pcall(rec, d)
  print(d, ok, r)
end
