--[==[
description: "gmatch iterates over matches and captures"
spec: [lib.string.gmatch]
features: []
flags: []
negative: false
]==]
for w in string.gmatch("one two three", "%a+") do io.write(w, ",") end print()
for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do io.write(k, ":", v, ";") end print()
local n = 0 for _ in string.gmatch("abc", "") do n = n + 1 end print(n)
for p in string.gmatch("hello", "()l") do io.write(p, " ") end print()
