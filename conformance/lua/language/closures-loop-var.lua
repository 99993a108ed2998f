--[==[
description: "each iteration of numeric and generic for creates a new loop variable"
spec: [lang.closure.loop]
features: []
flags: []
negative: false
]==]
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
for _, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return v end end
for _, f in ipairs(fs) do io.write(f(), " ") end print()
