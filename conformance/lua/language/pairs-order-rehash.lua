--[==[
description: "pairs order after growth and deletions (rehash moves keys)"
spec: [lang.table.order, lang.length.border]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 20 do t["k" .. i] = i end
for i = 1, 20, 3 do t["k" .. i] = nil end
t.extra = true
for i = 1, 5 do t[i] = i end
for k, v in pairs(t) do io.write(tostring(k), " ") end print()
print(#t)
