--[==[
description: "a CR LF pair inside a long string becomes one newline"
spec: [lang.string.long]
features: []
flags: []
negative: false
]==]
local s = [[a
b
c]]
print(#s, (s:gsub("\n", "|")))
