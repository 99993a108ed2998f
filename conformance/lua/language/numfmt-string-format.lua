--[==[
description: "string.format %d %g %.3f %5.1f on edge values"
spec: [lang.numfmt.g14, lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%d %d %d", 3.99, -3.99, 2^31))
print(string.format("%g %g %g", 1e15, 0.1, 100))
print(string.format("%.3f|%5.1f|%-6.2f|%+d", 1/3, 2.25, 1.005, 5))
print(string.format("%.14g %.17g", 0.1, 0.1))
