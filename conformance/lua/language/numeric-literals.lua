--[==[
description: "numeric literal forms: hex, exponents, leading dot"
spec: [lang.numeric-literals]
features: []
flags: []
negative: false
]==]
print(0x10, 0xff, 0XA, 1e2, 1E-2, .5, 5., 3e0)
print(0x7fffffff, 0xffffffff)
