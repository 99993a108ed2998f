--[==[
description: "string.format %s of numbers uses %.14g"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%s|%s|%s|%s", 1/3, 1e100, 2^53, -0))
print(string.format("%10s|%-10s|", 1.5, 2))
