--[==[
description: "compiler limits: upvalues, locals, C calls"
spec: [lang.limits.upvalues, lang.limits.locals, lang.limits.c-calls, err.syntax.too-many-locals]
features: []
flags: []
negative: false
]==]
local src = {}
for i = 1, 61 do src[#src + 1] = "local u" .. i .. " = " .. i end
src[#src + 1] = "return function() return " 
for i = 1, 61 do src[#src + 1] = (i > 1 and "+ " or "") .. "u" .. i end
src[#src + 1] = " end"
print(loadstring(table.concat(src, "\n")))
print(loadstring("local function f() " .. string.rep("local a ", 201) .. " end"))
local function nest(n) if n == 0 then return 0 end return select(2, pcall(nest, n - 1)) end
print(nest(250))
