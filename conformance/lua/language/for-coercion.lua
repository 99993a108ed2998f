--[==[
description: "numeric for bounds given as numeric strings are converted"
spec: [lang.coercion.for, lang.for.numeric]
features: []
flags: []
negative: false
]==]
local n = 0
for i = "2", "6", "2" do n = n + i end
print(n)
for i = " 0x10 ", 16 do io.write(i) end print()
