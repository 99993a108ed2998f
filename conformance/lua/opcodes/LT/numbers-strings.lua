--[==[
description: "< and > on numbers and strings"
spec: [op.LT, lang.compare]
features: []
flags: []
negative: false
]==]
local a, b = 1, 2
print(a < b, b < a, a > b, "a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
