--[==[
description: "a constructor with more than 25550 items uses SETLIST with C=0 (built with loadstring)"
spec: [op.SETLIST]
features: [loadstring]
flags: []
negative: false
]==]
local src = "return {" .. string.rep("7,", 25600) .. "8}"
local t = assert(loadstring(src))()
local small = {t[1], t[25551]}
print(#t, t[1], t[25551], t[25601], #small)
