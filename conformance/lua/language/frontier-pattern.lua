--[==[
description: "the undocumented %f frontier pattern of 5.1"
spec: [lib.string.gsub, lib.string.find]
features: []
flags: []
negative: false
]==]
print(string.gsub("hello world from lua", "%f[%w]%w+", string.upper))
print(string.find("THE (quick) fox", "%f[%a]%a+", 5))
print(pcall(string.find, "x", "%f"))
