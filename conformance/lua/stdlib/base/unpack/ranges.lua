--[==[
description: "unpack with default and explicit ranges"
spec: [lib.base.unpack]
features: []
flags: []
negative: false
]==]
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(select("#", unpack({}, 1, 0)), select("#", unpack({n = 3})))
print(unpack({1, 2}, -1, 1))
