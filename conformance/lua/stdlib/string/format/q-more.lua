--[==[
description: "string.format %q escapes control characters and zero bytes"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%q", "a\0b\r\n\"\\\1z"))
print(string.format("%q", 1/4))
