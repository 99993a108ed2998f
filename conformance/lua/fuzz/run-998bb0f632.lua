--[==[
description: "differential fuzz regression (run, found with every loop compiled): 0/0 of two constants inside a loop prints -nan as the interpreter does"
spec: [lang.fuzz]
features: [fuzz]
flags: []
negative: false
]==]
local function show(v) local t = type(v) if t == "table" or t == "function" or t == "thread" or t == "userdata" then return t end return tostring(v) end
local function out(...) local n = select("#", ...) local r = {} for i = 1, n do r[i] = show((select(i, ...))) end print(table.concat(r, " ")) end
local mt = {__add = function(p, q) return 7 end, __index = function(t, k) return k end, __eq = function() return true end, __lt = function() return false end, __le = function() return true end, __concat = function(p, q) return "cat" end, __call = function(self, z) return z end, __unm = function() return -1 end, __len = function() return 3 end}
local function obj() return setmetatable({}, mt) end
local a, b, c, d, x, y = 1, "2", nil, {f = 1, g = "s"}, 2.5, true
do local ok, e = pcall(function()
for i = 0, 0, 1 do
out(0/0)
end
end) if not ok then out("E", e) end end
do local ok, e = pcall(function()
do
out(pcall(function()
a, a = nil, show(pcall(function() return "" end))
end))
end
end) if not ok then out("E", e) end end
