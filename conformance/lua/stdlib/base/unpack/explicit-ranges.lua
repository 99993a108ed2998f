--[==[
description: "unpack with explicit ranges, holes and empty ranges"
spec: [lib.base.unpack]
features: []
flags: []
negative: false
]==]
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(select('#', unpack({}, 1, 0)), unpack({1, 2}, -1, 1))
print(unpack({"a", "b", n = 5}))
