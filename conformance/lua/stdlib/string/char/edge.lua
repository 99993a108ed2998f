--[==[
description: "string.char with no arguments, zero byte and coerced strings"
spec: [lib.string.char]
features: []
flags: []
negative: false
]==]
print(string.char() == "", #string.char(0, 0), string.char("65", 66.0))
print(string.byte(string.char(255, 0, 1), 1, -1))
