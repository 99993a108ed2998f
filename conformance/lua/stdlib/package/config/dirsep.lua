--[==[
description: "package.config first line is the directory separator"
spec: [lib.package.config]
features: []
flags: []
negative: false
]==]
print(package.config:sub(1, 1), #package.config, type(package.config))
