--[==[
description: "long brackets with levels; the first newline is skipped"
spec: [lang.string.long]
features: []
flags: []
negative: false
]==]
local a = [[
first
second]]
local b = [==[contains ]] and [[ inside]==]
print(a)
print(b, #a)
--[[ long comment ]] print("after comment")
--[==[ another
comment ]==]
print([[\n is not an escape]])
