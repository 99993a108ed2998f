--[==[
description: "the loop variable is a copy; changing it does not affect the loop"
spec: [op.FORLOOP, op.FORPREP, lang.for.numeric]
features: []
flags: []
negative: false
]==]
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, ":", i, " ")
end
print()
