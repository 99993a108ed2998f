--[==[
description: "an error inside the message handler calls the handler again (luaG_errormsg), nested, and its result is xpcall's"
spec: [lib.base.xpcall]
features: [errors]
flags: []
negative: false
]==]
local n = 0
local function once(e)
  n = n + 1
  if n == 1 then error("inner:" .. tostring(e)) end
  return "handled(" .. tostring(e) .. ")"
end
print(xpcall(function() error("boom") end, once))
print(n)

-- numbers raised by the handler get a position; the third call succeeds
n = 0
print(xpcall(function() error("boom") end, function(e)
  n = n + 1
  if n < 3 then error(n) end
  return "ok " .. tostring(e)
end))
print(n)

-- a table raised inside the handler is what the next call receives
n = 0
print(xpcall(function() error("boom") end, function(e)
  n = n + 1
  if n == 1 then error({tag = "t"}) end
  return type(e) .. ":" .. tostring(e.tag)
end))

-- a runtime error inside the handler
n = 0
print(xpcall(function() error("boom") end, function(e)
  n = n + 1
  if n == 1 then local x = nil; return x.y end
  return "second: " .. e
end))

-- the nested handler call sees the first handler's frames
n = 0
print(xpcall(function() error("boom") end, function(e)
  n = n + 1
  if n < 2 then error("x", 0) end
  return debug.traceback(e)
end))

-- pcall and xpcall inside the handler install their own errfunc
print(xpcall(function() error("boom") end, function(e)
  return select(2, pcall(error, "in pcall"))
end))
print(xpcall(function() error("boom") end, function(e)
  return select(2, xpcall(function() error("in") end, function(e2) return "h2:" .. e2 end))
end))
