--[==[
description: "natives called from a hot loop see and change its locals (upvalues, debug.setlocal, setfenv)"
spec: [lang.hot-loops, lib.debug.setlocal, lib.base.setfenv, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local count = 0
local function inc() count = count + 1 end
local total = 0
for i = 1, 1000 do
  string.gsub("ab", ".", inc)
  total = total + count
end
print(count, total)
-- a callback from table.sort writes the loop's locals through upvalues
local seen = 0
local arr = { 3, 1, 2 }
for i = 1, 300 do
  table.sort(arr, function(a, b) seen = seen + 1 return a < b end)
  arr[1], arr[3] = arr[3], arr[1]
end
print(seen, arr[1], arr[2], arr[3])
-- debug.setlocal from a hook-free native call changes a local of the running loop
local x = 0
local function bump() debug.setlocal(2, 1, x + 10) end
for i = 1, 200 do
  x = x + 1
  if i % 50 == 0 then bump() end
end
print(x)
-- setfenv of the running function in the middle of a loop: globals switch environment
local env = setmetatable({ print = print }, { __index = _G })
local function f()
  local s = 0
  for i = 1, 400 do
    if i == 200 then setfenv(1, env) end
    COUNTER = (COUNTER or 0) + 1
  end
  return COUNTER
end
print(f(), rawget(env, "COUNTER"), COUNTER)
-- math functions and string natives in a hot numeric loop
local acc = 0
for i = 1, 3000 do
  acc = acc + math.sqrt(i) + math.floor(i / 3) + math.abs(-i) % 7 + math.max(i, 10) + #tostring(i)
end
print(string.format("%.10f", acc))
