--[==[
description: "a vararg or call in the middle of a list is truncated to one value"
spec: [lang.multret, lang.vararg]
features: []
flags: []
negative: false
]==]
local function f(...) return {..., "end"}, select("#", ..., "end") end
local t, n = f(1, 2, 3)
print(#t, t[1], t[2], n)
print(#(f(1, 2)))
