--[==[
description: "SETLIST for short constructors"
spec: [op.SETLIST]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3, "four", 5.5}
print(#t, t[4], t[5])
