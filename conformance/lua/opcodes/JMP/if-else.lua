--[==[
description: "if/elseif/else chains jump over branches"
spec: [op.JMP]
features: []
flags: []
negative: false
]==]
for _, v in ipairs({1, 2, 3}) do
  if v == 1 then print("one")
  elseif v == 2 then print("two")
  else print("other") end
end
