--[==[
description: "package.loaded holds the standard libraries"
spec: [lib.package.loaded]
features: []
flags: []
negative: false
]==]
local names = {}
for k, v in pairs(package.loaded) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded.math == math, package.loaded.io == io, package.loaded.package == package)
