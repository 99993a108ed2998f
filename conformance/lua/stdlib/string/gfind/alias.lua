--[==[
description: "gfind is the deprecated alias of gmatch"
spec: [lib.string.gfind]
features: []
flags: []
negative: false
]==]
for w in string.gfind("a b c", "%a") do io.write(w) end print()
print(string.gfind == string.gmatch)
