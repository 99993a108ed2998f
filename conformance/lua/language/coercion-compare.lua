--[==[
description: "comparisons never coerce: 1 == \"1\" is false and 1 < \"2\" is an error"
spec: [lang.compare, err.compare]
features: []
flags: []
negative: false
]==]
print(1 == "1", "10" == "10")
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "1" < 2 end))
