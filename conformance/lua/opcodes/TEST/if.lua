--[==[
description: "TEST on a register in conditions"
spec: [op.TEST]
features: []
flags: []
negative: false
]==]
local vals = {0, false, "", nil}
for i = 1, 4 do
  local v = vals[i]
  if v then print(i, "truthy") else print(i, "falsy") end
end
