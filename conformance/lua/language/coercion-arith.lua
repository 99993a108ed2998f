--[==[
description: "strings convert to numbers in arithmetic (decimal, hex, spaces, exponents)"
spec: [lang.coercion.arith]
features: []
flags: []
negative: false
]==]
print("10" + 1, "0x10" + 0, " 5 " * 2, "1e2" / 4, "-3" - 1, "  0x1p4  " == nil)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "10a" + 1 end))
