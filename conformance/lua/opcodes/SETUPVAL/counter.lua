--[==[
description: "closure increments an upvalue shared by two closures"
spec: [op.SETUPVAL, lang.closure.shared]
features: []
flags: []
negative: false
]==]
local function make()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = make()
inc() inc()
print(get(), inc(), get())
