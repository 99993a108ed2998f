--[==[
description: "arithmetic metamethods __add __sub __mul __div __mod __pow __unm with mixed operands"
spec: [lang.metatable.arith]
features: []
flags: []
negative: false
]==]
local mt = {}
for _, e in ipairs({"add", "sub", "mul", "div", "mod", "pow"}) do
  mt["__" .. e] = function(a, b)
    local x = type(a) == "table" and "T" or tostring(a)
    local y = type(b) == "table" and "T" or tostring(b)
    return e .. "(" .. x .. "," .. y .. ")"
  end
end
mt.__unm = function(a) return "unm" end
local v = setmetatable({}, mt)
print(v + 1, 2 - v, v * v, v / "3", v % 4, 5 ^ v, -v)
