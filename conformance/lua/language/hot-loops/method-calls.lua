--[==[
description: "method calls and small functions that write fields, called from hot loops (an implementation may inline them): class chains, nested calls, a write followed by a lookup that leaves the fast path (the call must still happen exactly once), methods and metatables replaced mid-loop"
spec: [lang.hot-loops, lang.method, lang.metatable.index]
features: []
flags: []
negative: false
]==]
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
function Point:move(dx, dy) self.x = self.x + dx; self.y = self.y + dy; return self end
local Point3 = setmetatable({}, { __index = Point })
Point3.__index = Point3
function Point3.new(x, y, z) local p = Point.new(x, y); p.z = z; return setmetatable(p, Point3) end
function Point3:len2() return Point.len2(self) + self.z * self.z end

local p, q = Point.new(1, 2), Point3.new(1, 1, 1)
local acc = 0
for i = 1, 3000 do
  p:move(1, -1)
  q:move(i % 3, 1)
  acc = (acc + p:len2() % 1000 + q:len2() % 1000) % 1000000007
end
print(acc, p.x, p.y, q.x, q.y, q.z)

-- an argument leaves the fast path in the middle of move (after it wrote x): a string is
-- coerced, a table is an error; either way the call happens exactly once
local r = Point.new(0, 0)
local bad = {}
for i = 1, 3000 do r:move(1, i == 2000 and "1" or 1) end
print(r.x, r.y)
local ok, err = pcall(function()
  for i = 1, 3000 do r:move(1, i == 2000 and bad or 1) end
end)
print(ok, err, r.x, r.y)
-- y comes from an __index function after a while: the call happens exactly once per iteration
local s = Point.new(0, 0)
local reads = 0
local proxyMeta = { __index = function(t, k) reads = reads + 1; if k == "y" then return 100 end return Point[k] end }
for i = 1, 3000 do
  if i == 1500 then s.y = nil; setmetatable(s, proxyMeta) end
  s:move(2, 1)
end
print(s.x, s.y, reads)
-- the method is replaced, then the class chain changes
local log = 0
local replacement = function(self) log = log + 1; return 1 end
for i = 1, 3000 do
  if i == 1000 then Point.len2 = replacement end
  if i == 2000 then Point3.len2 = nil end
  acc = acc + q:len2()
end
print(acc, log)
-- nested calls whose inner writes are undone when the outer call leaves late
local box = { n = 0, limit = 0 }
local addMeta = setmetatable({}, { __add = function(x, y) return -1 end })
local function bump(b) b.n = b.n + 1; return b.n end
local function bumpTwice(b) local a = bump(b); local c = bump(b); return a + c + b.limit end
local total = 0
for i = 1, 3000 do
  if i == 2500 then box.limit = "10" end
  if i == 2800 then box.limit = addMeta end
  total = total + bumpTwice(box)
end
print(box.n, total)
-- an upvalue written by the callee before it leaves late
local hits = 0
local function hit(v) hits = hits + 1; return v * 2 end
local hsum = 0
local function run()
  for i = 1, 3000 do hsum = hsum + hit(i == 1234 and "5" or i) end
end
run()
print(hits, hsum)
-- arrays: an element overwritten through a method, a new index later
local Stack = {}
Stack.__index = Stack
function Stack:put(i, v) self[i] = v; return self end
local st = setmetatable({ 0, 0, 0, 0 }, Stack)
for i = 1, 3000 do st:put(i % 5 + 1, i) end
print(st[1], st[4], st[5])
