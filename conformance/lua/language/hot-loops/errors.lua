--[==[
description: "errors raised from inside hot loops name the same variables and lines"
spec: [lang.hot-loops, err.arith, err.index]
features: []
flags: []
negative: false
]==]
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function()
  local t = { x = 1 }
  local s = 0
  for i = 1, 1000 do
    if i == 700 then t = nil end
    s = s + t.x
  end
end)
try(function()
  local a = { b = 1 }
  for i = 1, 1000 do
    if i == 500 then a.b = nil end
    a.c = a.b + i
  end
end)
try(function()
  local s = 0
  for i = 1, 1000 do
    local v = i < 800 and i or {}
    s = s + v
  end
end)
try(function()
  for i = 1, 1000 do
    local v = i < 900 and i or "x"
    if v < 5000 then end
  end
end)
try(function()
  local t = {}
  for i = 1, 1000 do
    local k = i < 600 and i or nil
    t[k] = i
  end
end)
try(function()
  local t = {}
  for i = 1, 1000 do
    local k = i < 600 and i or 0/0
    t[k] = i
  end
end)
try(function()
  for i = 1, 1000 do
    local lim = i < 300 and 2 or "x"
    for j = 1, lim do end
  end
end)
try(function()
  for i = 1, 1000 do
    local x = #(i < 400 and "abc" or i)
  end
end)
try(function()
  for i = 1, 1000 do
    undefined_global_fn_in_loop = i < 999 and print or nil
    local f = undefined_global_fn_in_loop
    if i > 998 then f(i) end
  end
end)
try(function()
  local s = 0
  for i = 1, 1000 do s = s + (i < 999 and -i or -{}) end
end)
