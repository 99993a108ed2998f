--[==[
description: "string.format inside an EVAL script"
spec: [lib.string.format]
features: []
flags: [redis]
negative: false
]==]
return {string.format("%5.2f|%d|%s|%q", 3.14159, 42, "x", "a\nb"), string.format("%x", 255), select(2, pcall(string.format, "%d", "x"))}
