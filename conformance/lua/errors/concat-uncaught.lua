--[==[
description: "uncaught concatenation error with a nil local"
spec: [err.concat, err.varinfo.local]
features: []
flags: []
negative: {phase: runtime}
]==]
local greeting = nil
print("hello " .. greeting)
