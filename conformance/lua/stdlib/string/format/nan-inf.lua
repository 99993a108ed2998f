--[==[
description: "string.format of infinities and NaN with %d, %f, %e"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%.2f %e %g", 1/0, -1/0, 1/0))
print(pcall(string.format, "%5s", 1/0))
