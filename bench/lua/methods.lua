-- Method calls through metatables: __index tables, a two-level class hierarchy,
-- __index functions, __newindex, __add/__eq/__lt/__len-free arithmetic metamethods, __call.
local scale = tonumber(arg and arg[1]) or 1
local n = math.floor(600000 * scale)
if n < 1000 then n = 1000 end

local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
function Point:move(dx, dy) self.x = self.x + dx; self.y = self.y + dy; return self end
Point.__add = function(a, b) return Point.new(a.x + b.x, a.y + b.y) end
Point.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Point.__lt = function(a, b) return a:len2() < b:len2() end

local Point3 = setmetatable({}, { __index = Point })
Point3.__index = Point3
Point3.__add = Point.__add
function Point3.new(x, y, z)
  local p = Point.new(x, y); p.z = z
  return setmetatable(p, Point3)
end
function Point3:len2() return Point.len2(self) + self.z * self.z end

local acc = 0.0
local p = Point.new(1.0, 2.0)
local q = Point3.new(1.0, 1.0, 1.0)
for i = 1, n do
  p:move(1, -1)
  q:move(i % 3, 1)
  acc = (acc + p:len2() % 1000 + q:len2() % 1000) % 1000000007
end

local sum = Point.new(0, 0)
local lt, eq = 0, 0
for i = 1, n / 4 do
  local a = Point.new(i % 10, i % 7)
  sum = sum + a
  if a < Point.new(5, 5) then lt = lt + 1 end
  if a == Point.new(3, 3) then eq = eq + 1 end
end

local defaults = setmetatable({}, { __index = function(t, k) return #k end })
local dv = 0
local names = { "alpha", "be", "gamma", "d" }
for i = 1, n do dv = dv + defaults[names[i % 4 + 1]] end

local log = 0
local guarded = setmetatable({}, { __newindex = function(t, k, v) log = log + v; rawset(t, k, v) end })
for i = 1, n / 4 do guarded[i % 1000] = i end

local callable = setmetatable({ k = 3 }, { __call = function(self, x) return x * self.k end })
local cs = 0
for i = 1, n do cs = (cs + callable(i)) % 1000000007 end
print(string.format("methods n=%d acc=%d sum=%d,%d lt=%d eq=%d dv=%d log=%d call=%d",
  n, acc, sum.x, sum.y, lt, eq, dv, log % 1000000007, cs))
