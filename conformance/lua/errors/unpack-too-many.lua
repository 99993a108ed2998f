--[==[
description: "unpack of a huge range fails with too many results"
spec: [lib.base.unpack, err.unpack.too-many]
features: []
flags: []
negative: false
]==]
print(pcall(unpack, {}, 1, 1e8))
print(select("#", unpack({}, 1, 3)))
