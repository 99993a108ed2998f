--[==[
description: "pairs requires a table"
spec: [lib.base.pairs]
features: []
flags: []
negative: false
]==]
print(pcall(pairs))
print(pcall(pairs, nil))
print(pcall(function() for k in pairs("s") do end end))
