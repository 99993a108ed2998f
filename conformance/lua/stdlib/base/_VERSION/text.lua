--[==[
description: "_VERSION holds the interpreter version"
spec: [lib.base._VERSION]
features: []
flags: []
negative: false
]==]
print(_VERSION, type(_VERSION), #_VERSION)
