--[==[
description: "package.cpath is a string with ? templates"
spec: [lib.package.cpath]
features: []
flags: []
negative: false
]==]
print(type(package.cpath), package.cpath:find("?", 1, true) ~= nil)
