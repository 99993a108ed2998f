--[==[
description: "a <= b without __le uses not (b < a) through __lt, in conditions and in values; __le wins when present"
spec: [lang.metamethod-frames, lang.metatable.lt, lang.metatable.le, lang.metatable.eq]
features: []
flags: []
negative: false
]==]
local log = {}
local V = {}
V.__lt = function(p, q) log[#log + 1] = p.v .. "<" .. q.v; return p.v < q.v end
local function new(v) return setmetatable({ v = v }, V) end
local one, two = new(1), new(2)
print(one <= two, two <= one, one <= one, one >= two, two >= one)
if one <= two then print("le branch taken") end
if not (two <= one) then print("not le branch taken") end
local n = 0
for i = 1, 300 do if new(i % 7) <= new(3) then n = n + 1 end end
print(n)
print(table.concat(log, " ", 1, 10))
V.__le = function(p, q) log[#log + 1] = "le"; return "yes" end
print(one <= two, two <= one, two >= one)
print(log[#log], #log)
