--[==[
description: "assigning nil to a global removes it"
spec: [op.SETGLOBAL]
features: []
flags: []
negative: false
]==]
gone = 1
gone = nil
print(gone, rawget(_G, "gone"))
