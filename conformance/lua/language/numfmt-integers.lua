--[==[
description: "numbers print with %.14g: integers up to 1e15, exponent form from 1e15 on"
spec: [lang.numfmt.g14, lang.numfmt.exponent]
features: []
flags: []
negative: false
]==]
print(1e14, 1e15, 1e16, 123456789012345, 1234567890123456)
print(2^53, 2^63, -2^31, 100000000000000)
print(tostring(1e15), 1e15 .. "", tostring(-1e16))
