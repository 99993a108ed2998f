--[==[
description: "package.config holds five one-character configuration lines"
spec: [lib.package.config]
features: []
flags: []
negative: false
]==]
local parts = {}
for line in package.config:gmatch("[^\n]+") do parts[#parts + 1] = line end
print(#parts, parts[1], parts[2], parts[3], parts[4], parts[5])
