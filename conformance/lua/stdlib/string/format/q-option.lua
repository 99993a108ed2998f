--[==[
description: "format %q escapes quotes, newlines, backslashes and zero bytes"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%q", 'he said "hi"\n\\ \0 end\r'))
print(string.format("%q", 1/3))
