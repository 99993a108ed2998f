--[==[
description: "syntax templates through loadstring: function arguments, long comments, chunk names"
spec: [err.syntax.function-arguments, err.syntax.unfinished-long-comment, err.syntax.chunkname]
features: []
flags: []
negative: false
]==]
print(loadstring("a:b = 1"))
print(loadstring("--[==[ x"))
print(loadstring("x = ", "=custom"))
print(loadstring("x = ", "@path/to/file.lua"))
print(loadstring("first line\nsecond = = 2"))
print(loadstring(string.rep("x", 100) .. " = = 1"))
