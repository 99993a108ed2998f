--[==[
description: "each call creates a fresh upvalue"
spec: [op.SETUPVAL, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local function make()
  local n = 0
  return function() n = n + 10 return n end
end
local a, b = make(), make()
print(a(), a(), b())
