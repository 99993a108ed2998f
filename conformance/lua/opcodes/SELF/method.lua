--[==[
description: "method call with colon syntax"
spec: [op.SELF, lang.method]
features: []
flags: []
negative: false
]==]
local obj = {name = "obj"}
function obj:greet(g) return g .. ", " .. self.name end
print(obj:greet("hello"))
