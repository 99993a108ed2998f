--[==[
description: "the message handler runs where the error is raised: inside metamethods, comparators, coroutine.wrap's caller, stack overflows"
spec: [lib.base.xpcall]
features: [errors, limits]
flags: []
negative: false
]==]
local n = 0
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(xpcall(function() return t.x end, function(e) n = n + 1; return "H:" .. e end))
print(n)
n = 0
print(xpcall(function() return t.x end, function(e) n = n + 1; error(e, 0) end))
print(n)

-- the traceback is taken at the error point
print(xpcall(function() table.sort({3, 2, 1}, function(a, b) error("cmp") end) end, debug.traceback))
print(xpcall(function() return ("x"):gsub(".", function() error("in gsub") end) end, debug.traceback))

-- coroutine errors: the coroutine has no handler; wrap raises again in the resumer
print(xpcall(function() return coroutine.wrap(function() error({}) end)() end, function(e) return "H:" .. type(e) end))
print(xpcall(function() return coroutine.wrap(function() error("x") end)() end, function(e) return "H:" .. e end))
print(xpcall(function() return coroutine.resume(coroutine.create(function() error("x") end)) end, function(e) return "H:" .. e end))
print(xpcall(function()
  return coroutine.resume(coroutine.create(function()
    return xpcall(function() error("co") end, function(e) return "co handler: " .. e end)
  end))
end, function(e) return "H:" .. e end))

-- stack overflow in the protected function, and inside the handler
print(xpcall(function() local function r() return 1 + r() end return r() end, function(e) return "H:" .. e end))
print(xpcall(function() error("boom") end, function(e) local function r() return 1 + r() end return r() end))
