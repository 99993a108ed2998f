--[==[
description: "string.format of floats: e, E, f, g, G with special values"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%e %E %.0f %g %G", 12345.678, 0.00012, 2.5, 1e20, 1e-10))
print(string.format("%f %g %.3g", 1/0, -1/0, 1/3))
print(string.format("%5.2s|%.0s|", "abc", "abc"))
