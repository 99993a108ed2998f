--[==[
description: "operator precedence and associativity"
spec: [lang.precedence]
features: []
flags: []
negative: false
]==]
print(1 + 2 * 3 ^ 2, (1 + 2) * 3, 2 ^ -1, -2 ^ -2)
print(1 .. 2 .. 3, "a" .. "b" == "ab", not 1 == 2)
print(1 < 2 == true, 2 ^ 3 ^ 2, 10 - 4 - 3, 8 / 4 / 2)
print(nil or false and 1, 1 or error("x"), false and error("y"))
