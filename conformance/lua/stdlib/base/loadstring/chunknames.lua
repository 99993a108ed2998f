--[==[
description: "loadstring chunk names in error messages"
spec: [lib.base.loadstring]
features: []
flags: []
negative: false
]==]
print(loadstring("x = ", "=mychunk"))
print(loadstring("x = ", "@file.lua"))
print(loadstring("x = "))
print(loadstring("local a = 1\nx = "))
print(pcall(loadstring("error('boom')", "=named")))
