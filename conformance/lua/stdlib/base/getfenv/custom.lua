--[==[
description: "getfenv inside a function with a custom environment"
spec: [lib.base.getfenv]
features: []
flags: []
negative: false
]==]
local function f() return getfenv(1) end
local env = {tag = "custom", getfenv = getfenv}
setfenv(f, env)
print(f().tag, getfenv(f).tag)
