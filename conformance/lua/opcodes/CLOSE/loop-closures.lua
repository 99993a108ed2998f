--[==[
description: "closures created in a loop capture a fresh local each iteration"
spec: [op.CLOSE, lang.closure.loop]
features: []
flags: []
negative: false
]==]
local fns = {}
for i = 1, 3 do
  local x = i * 10
  fns[i] = function() return x end
end
print(fns[1](), fns[2](), fns[3]())
