--[==[
description: "format %g/%.14g edge values around the exponent switch"
spec: [lib.string.format, lang.numfmt.g14]
features: []
flags: []
negative: false
]==]
print(string.format("%g %g %g %g", 100000, 1000000, 1e-4, 1e-5))
print(string.format("%.14g %.14g %.14g", 2^53, 1e15, 123456789012345678))
