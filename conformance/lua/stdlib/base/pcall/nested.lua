--[==[
description: "nested pcall and error values crossing levels"
spec: [lib.base.pcall]
features: []
flags: []
negative: false
]==]
print(pcall(function() local ok, e = pcall(error, "inner") error("outer: " .. e, 0) end))
print(select("#", pcall(function() end)))
