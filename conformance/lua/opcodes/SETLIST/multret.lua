--[==[
description: "a final call or vararg in a constructor expands to all its values (B=0)"
spec: [op.SETLIST, lang.multret]
features: []
flags: []
negative: false
]==]
local function three() return 1, 2, 3 end
local t = {0, three()}
local u = {three(), 0}
local function v(...) return {...} end
print(#t, #u, #v(4, 5, 6, 7))
