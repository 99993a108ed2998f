--[==[
description: "numeric for with positive, negative and fractional steps"
spec: [op.FORPREP, op.FORLOOP, lang.for.numeric]
features: []
flags: []
negative: false
]==]
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 0, 1, 0.25 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
print("end")
