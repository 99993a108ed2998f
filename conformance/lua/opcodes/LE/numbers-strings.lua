--[==[
description: "<= and >= on numbers and strings"
spec: [op.LE, lang.compare]
features: []
flags: []
negative: false
]==]
local a, b = 2, 2
print(a <= b, a >= b, 3 <= a, "a" <= "a", "b" >= "c")
