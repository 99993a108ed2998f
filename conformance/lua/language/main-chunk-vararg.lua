--[==[
description: "the main chunk is a vararg function: ... holds the script arguments (none here)"
spec: [lang.vararg]
features: []
flags: []
negative: false
]==]
print(select("#", ...))
local a = ...
print(a)
