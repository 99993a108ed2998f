--[==[
description: "break jumps out of while and repeat loops"
spec: [op.JMP]
features: []
flags: []
negative: false
]==]
local i = 0
while true do
  i = i + 1
  if i > 3 then break end
end
repeat i = i + 1 if i == 6 then break end until false
print(i)
