--[==[
description: "print uses tostring (including __tostring) and tabs"
spec: [lib.base.print]
features: []
flags: []
negative: false
]==]
print(1, nil, true, "s")
print(setmetatable({}, {__tostring = function() return "T" end}))
print()
print(pcall(print, setmetatable({}, {__tostring = function() return 1 end})))
