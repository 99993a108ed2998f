--[==[
description: "breaking out of a block with captured locals closes the upvalues"
spec: [op.CLOSE, lang.closure.loop]
features: []
flags: []
negative: false
]==]
local fns = {}
local i = 0
while true do
  i = i + 1
  local v = i
  fns[i] = function() v = v + 1 return v end
  if i == 2 then break end
end
print(fns[1](), fns[1](), fns[2]())
