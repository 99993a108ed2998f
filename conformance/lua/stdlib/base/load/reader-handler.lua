--[==[
description: "an error of load's reader goes through the running message handler, then load returns nil and it"
spec: [lib.base.load]
features: [errors]
flags: []
negative: false
]==]
print(pcall(function() return load(function() error("rd") end) end))
print(xpcall(function() return load(function() error("rd") end) end, function(e) return "H:" .. e end))
print(xpcall(function() return load(function() return {} end) end, function(e) return "H:" .. e end))
print(xpcall(function() return load(function() error("rd") end) end, function(e) error("again") end))
local k = 0
print(pcall(load, function() k = k + 1; if k == 1 then return "return 1" end return {} end))
-- the stack is restored: the caller goes on
local f, e = load(function() error({}) end)
print(f, type(e))
print(pcall(function()
  local r = {}
  for i = 1, 3 do r[i] = select(2, load(function() error(i, 0) end)) end
  return table.concat(r, ",")
end))
