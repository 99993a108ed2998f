--[==[
description: "__unm metamethod"
spec: [op.UNM, lang.metatable.unm]
features: []
flags: []
negative: false
]==]
local mt = {__unm = function(v) return "neg " .. v.n end}
local v = setmetatable({n = 4}, mt)
print(-v)
