--[==[
description: "0/0 of two constants is computed when it runs (lua5.1 does not fold a division by zero), so a hot loop or a small function called from one prints the CPU's NaN, -nan, as the interpreter does"
spec: [lang.hot-loops, lang.numfmt.nan, lang.constant-folding]
features: []
flags: []
negative: false
]==]
for i = 0, 0, 1 do print(0/0, -(0/0), 1 % 0, 0 * (1/0)) end
local function f() return 0/0 end
local s = ""
for i = 1, 100 do s = tostring(f()) .. " " .. tostring(-f()) end
print(s)
local t = {}
for i = 1, 100 do t[1] = 0/0; t[2] = (0/0) ^ 1; t[3] = (1/0) - (1/0) end
print(t[1], t[2], t[3])
