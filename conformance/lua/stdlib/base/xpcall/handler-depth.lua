--[==[
description: "a handler that always fails is called until C stack overflow, then 24 more times, then 'error in error handling'"
spec: [lib.base.xpcall]
features: [errors, limits]
flags: []
negative: false
]==]
local n = 0
local function count(f)
  n = 0
  local ok, e = xpcall(function() error("boom") end, f)
  print(ok, e, n)
end
count(function(e) n = n + 1; error(e) end)
count(function(e) n = n + 1; error({}) end)
count(function(e) n = n + 1; error(nil) end)
count(function(e) n = n + 1; error(e, 0) end)
count(function(e) n = n + 1; return e.x.y end)
print(xpcall(function() error("boom") end, error))

-- deeper C levels leave fewer calls
local function at(k)
  if k == 0 then
    n = 0
    local ok, e = xpcall(function() error("boom") end, function(e) n = n + 1; error(e) end)
    return e .. " " .. n
  end
  return select(2, pcall(at, k - 1))
end
print(at(10))
print(at(100))

-- the handler can succeed on the C stack overflow it reaches
local function untilOverflow(e)
  n = n + 1
  if not string.find(e, "C stack overflow", 1, true) then error(e, 0) end
  return "got: " .. e .. " after " .. n
end
n = 0
print(xpcall(function() error("boom") end, untilOverflow))
n = 0
print(xpcall(function() error("boom") end, function(e)
  n = n + 1
  if not string.find(e, "C stack overflow", 1, true) then local x = nil; return x.y end
  return "got: " .. e .. " after " .. n
end))

-- xpcall started at the C-call limit: the handler receives "C stack overflow"
local function deep(k)
  if k == 0 then return xpcall(function() return 1 end, function(e) return "H:" .. e end) end
  return select(2, pcall(deep, k - 1))
end
for k = 194, 199 do print(k, deep(k)) end

-- a handler that is not a function
print(xpcall(function() error("boom") end, setmetatable({}, {__call = function(_, e) return "called " .. e end})))
print(xpcall(function() error("boom") end, 42))
