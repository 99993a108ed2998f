--[==[
description: "select and unpack inside an EVAL script"
spec: [lib.base.select, lib.base.unpack]
features: []
flags: [redis]
negative: false
]==]
return {select("#", 1, 2, 3), select(2, "a", "b"), unpack({"x", "y"}, 2), select(2, pcall(select, 0))}
