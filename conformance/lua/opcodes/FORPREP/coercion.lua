--[==[
description: "numeric for with string bounds"
spec: [op.FORPREP, lang.for.numeric, lang.coercion.arith]
features: []
flags: []
negative: false
]==]
for i = "1", "3" do io.write(i, " ") end print()
for i = 1, 2, "1" do io.write(type(i), " ") end print()
