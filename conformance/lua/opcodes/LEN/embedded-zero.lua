--[==[
description: "length counts embedded zero bytes"
spec: [op.LEN, lang.string.escapes]
features: []
flags: []
negative: false
]==]
local s = "a\0b\0c"
print(#s, #"\0")
