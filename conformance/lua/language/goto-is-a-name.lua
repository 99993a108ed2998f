--[==[
description: "goto is not a keyword in 5.1"
spec: [lang.keywords]
features: []
flags: []
negative: false
]==]
local goto = 1
local continue = 2
print(goto + continue)
