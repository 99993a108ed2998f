--[==[
description: "table.setn error ends the program"
spec: [lib.table.setn]
features: []
flags: []
negative: {phase: runtime}
]==]
table.setn({1, 2}, 2)
