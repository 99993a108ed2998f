--[==[
description: "local function can call itself; local f = function cannot"
spec: [lang.closure.recursive, lang.scope.local-function]
features: []
flags: []
negative: false
]==]
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local g = function(n) return n end
local g = function(n) if n == 0 then return "base" end return g(n - 1) end
print(g(3))
