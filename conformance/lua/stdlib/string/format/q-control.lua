--[==[
description: "string.format %q with carriage return, zero byte inside digits and high bytes"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%q", "a\rb"))
print(string.format("%q", "\0001"))
print(string.format("%q", "\200\255"))
print(string.format("%q", 12))
