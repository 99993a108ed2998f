--[==[
description: "empty statements are not allowed; semicolons separate statements; call on a new line"
spec: [lang.syntax]
features: []
flags: []
negative: false
]==]
local a = 1; local b = 2;
print(a + b);
local f = print
f("x")
