--[==[
description: "escape sequences in short strings"
spec: [lang.string.escapes]
features: []
flags: []
negative: false
]==]
local s = "a\tb\\c\"d\'e\65\066\0677\x"
print(s, #s)
print(#"\a\b\f\n\r\t\v", string.byte("\a\b\f\v", 1, -1))
print("line1\
line2")
