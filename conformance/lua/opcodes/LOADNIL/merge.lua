--[==[
description: "consecutive nil assignments after other code are merged or skipped at function start"
spec: [op.LOADNIL]
features: [listing]
flags: []
negative: false
]==]
local function f()
  local a, b
  local c = 1
  local d, e
  return a, b, c, d, e
end
print(f())
