--[==[
description: "a closure capturing an upvalue of its parent gets it through the pseudo-instruction after CLOSURE"
spec: [op.GETUPVAL, op.CLOSURE, op.MOVE]
features: [listing]
flags: []
negative: false
]==]
local top = "top"
local function level1()
  local mid = "mid"
  return function()
    return function() return top .. mid end
  end
end
print(level1()()())
