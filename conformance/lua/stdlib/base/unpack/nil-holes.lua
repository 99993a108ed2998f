--[==[
description: "unpack with nil holes and explicit bounds"
spec: [lib.base.unpack]
features: []
flags: []
negative: false
]==]
print(unpack({1, nil, 3}, 1, 3))
print(unpack({}, 1, 3))
print(unpack({"x"}, 1.9))
