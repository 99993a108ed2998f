--[==[
description: "string.byte and string.char round-trip UTF-8 bytes"
spec: [lib.string.byte, lib.string.char]
features: []
flags: []
negative: false
]==]
local s = "h\195\169llo"
local b = {string.byte(s, 1, -1)}
print(#b, table.concat(b, " "))
print(string.char(unpack(b)) == s)
