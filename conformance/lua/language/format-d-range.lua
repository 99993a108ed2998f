--[==[
description: "string.format %d on values outside the integer range and %x of negatives"
spec: [lib.string.format, lang.numfmt.g14]
features: []
flags: []
negative: false
]==]
print(string.format("%d", 2^63), string.format("%d", -2^63), string.format("%x", -1), string.format("%d", 1e100))
print(string.format("%5.2f|%-8.3e|%08.3f", -1.005, 12345.6789, -3.14159))
