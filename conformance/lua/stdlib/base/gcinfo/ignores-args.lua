--[==[
description: "gcinfo ignores arguments; calling its result is an error"
spec: [lib.base.gcinfo]
features: []
flags: []
negative: false
]==]
print(type(gcinfo("x", {})))
print(pcall(function() return gcinfo()() end))
