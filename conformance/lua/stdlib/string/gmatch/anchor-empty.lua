--[==[
description: "string.gmatch with an empty-matching pattern, position captures and the ^ character"
spec: [lib.string.gmatch]
features: []
flags: []
negative: false
]==]
for a in string.gmatch("abc", "") do io.write("[", a, "]") end print()
for p in string.gmatch("hello", "()l") do io.write(p, " ") end print()
for a in string.gmatch("^a^b", "^.") do io.write(a, ";") end print()
for k, v in string.gmatch("k1=v1;k2=v2", "(%w+)=(%w+)") do print(k, v) end
