--[==[
description: "generic for with ipairs and pairs on a sequence"
spec: [op.TFORLOOP, lang.for.generic]
features: []
flags: []
negative: false
]==]
local t = {"a", "b", "c"}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
local n = 0
for k, v in pairs(t) do n = n + k end
print(n)
