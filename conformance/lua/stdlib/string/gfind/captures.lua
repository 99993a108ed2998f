--[==[
description: "string.gfind iterates captures like gmatch"
spec: [lib.string.gfind]
features: []
flags: []
negative: false
]==]
for k, v in string.gfind("a=1, b=2", "(%w+)=(%w+)") do print(k, v) end
for w in string.gfind("one two", "%a+") do print(w) end
