--[==[
description: "syntax errors reported by loadstring use the chunk name"
spec: [lib.base.loadstring, err.syntax.unexpected-symbol, err.syntax.expected, err.syntax.eof]
features: []
flags: []
negative: false
]==]
print(loadstring("x = = 1"))
print(loadstring("for i = 1 do end"))
print(loadstring("if x then", "=mychunk"))
print(loadstring("return 1 +", "@file.lua"))
print(loadstring("local t = {1, 2"))
print(loadstring("x = 'unfinished"))
print(loadstring("x = [[long"))
print(loadstring("return 0x"))
print(loadstring("return 1..2"))
print(loadstring("break"))
