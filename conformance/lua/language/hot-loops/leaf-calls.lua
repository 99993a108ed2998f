--[==[
description: "small functions called from hot loops (an implementation may inline them): results and arguments adjusted, globals and upvalues read and written (also upvalues still open on the loop's own locals), the callee or its environment changing mid-loop, and operands that leave the fast path late (coercions, metamethods, errors raised in the callee)"
spec: [lang.hot-loops, lang.multret, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local function area(w, h) return w * h / 2 end
local function pairOf(x) return x, x + 1 end
local function one(x) return x end
local function none() end
local function third(a, b, c) return c end
local s, t, u = 0, 0, 0
for i = 1, 3000 do
  s = s + area(i, i + 1)
  local p, q = pairOf(i)
  local r1, r2 = one(i)
  t = t + p + q + (r2 == nil and 1 or 0)
  none(i)
  u = u + (third(i) == nil and 1 or 0) + one(i, i, i)
end
print(s, t, u)
-- a global read by the callee, changed halfway
scale = 2
local function scaled(x) return x * scale end
local g = 0
for i = 1, 3000 do
  if i == 1500 then scale = 3 end
  g = g + scaled(i)
end
print(g)
-- closed upvalues, read and written
local function counter()
  local c = 0
  return function(d) c = c + d; return c end
end
local c1, c2 = counter(), counter()
local cs = 0
for i = 1, 3000 do cs = cs + c1(1) + c2(2) end
print(cs, c1(0), c2(0))
-- upvalues open on this frame's locals: the callee reads and writes the loop's variables
local x, y = 0, 0
local function bumpx(d) x = x + d end
local function gety() return y end
local acc = 0
for i = 1, 3000 do
  y = y + 1
  bumpx(i)
  acc = acc + gety() + x % 7
end
print(x, y, acc)
-- the callee changes: another closure of the same function, another function, a native
local fns = { counter(), counter() }
local f = fns[1]
local v = 0
for i = 1, 3000 do
  if i == 1000 then f = fns[2] elseif i == 2000 then f = math.abs elseif i == 2500 then f = one end
  v = v + f(-1)
end
print(v, fns[1](0), fns[2](0))
-- the callee's environment changes
local function readg() return gv end
gv = 1
local e = 0
for i = 1, 3000 do
  if i == 2000 then setfenv(readg, { gv = 10 }) end
  e = e + readg()
end
print(e)
-- operands that leave the fast path late: a string, a table with __add, then nil
local function addone(z) return z + 1 end
local withAdd = setmetatable({}, { __add = function(a, b) return 100 end })
local w = 0
local ok, err = pcall(function()
  for i = 1, 3000 do
    local arg = i
    if i == 1000 then arg = "41" elseif i == 1500 then arg = withAdd elseif i == 2500 then arg = nil end
    w = w + addone(arg)
  end
end)
print(w, ok, err)
local function field(o) return o.value end
local objs0 = {}
local proxied = setmetatable({}, { __index = function(_, k) return 5 end })
for i = 1, 3000 do objs0[i] = i % 1000 == 0 and proxied or { value = i } end
local fsum = 0
for i = 1, 3000 do fsum = fsum + field(objs0[i]) end
print(fsum)
objs0[2999] = 7
print(pcall(function() local n = 0 for i = 1, 3000 do n = n + field(objs0[i]) end return n end))
-- a callee that writes an upvalue and then reads a field which later leaves the fast path
local calls = 0
local function countedGet(o) calls = calls + 1; return o.v end
local objs = {}
for i = 1, 3000 do
  objs[i] = { v = 1 }
  if i % 500 == 0 then objs[i] = setmetatable({}, { __index = function() return 2 end }) end
end
local function sum()
  local got = 0
  for i = 1, 3000 do got = got + countedGet(objs[i]) end
  return got
end
print(sum(), calls)
