--[==[
description: "more syntax error templates through loadstring"
spec: [err.syntax.ambiguous, err.syntax.escape, err.syntax.too-many-locals, err.syntax.expected, err.syntax.unexpected-symbol]
features: []
flags: []
negative: false
]==]
print(loadstring("f\n(1)"))
print(loadstring("x = '\\300'"))
print(loadstring("local a = 1 a.b:c = 1"))
print(loadstring("x = }"))
print(type(loadstring("return ... ", "=a")))
print(loadstring("function f() return ... end"))
print(loadstring("local " .. string.rep("a,", 200) .. "a = 1"))
print(loadstring("x = 1 y"))
print(loadstring("return [==[ x ]=]"))
print(loadstring("--[[ unfinished"))
