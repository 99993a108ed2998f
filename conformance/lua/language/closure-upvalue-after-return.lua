--[==[
description: "upvalues stay shared after the enclosing function returns, including loop-created ones"
spec: [lang.closure.shared, op.CLOSE]
features: []
flags: []
negative: false
]==]
local function mk()
  local fs = {}
  for i = 1, 2 do
    local v = 0
    fs[i] = {get = function() return v end, set = function(x) v = x end}
  end
  return fs
end
local fs = mk()
fs[1].set(5) fs[2].set(7)
print(fs[1].get(), fs[2].get())
