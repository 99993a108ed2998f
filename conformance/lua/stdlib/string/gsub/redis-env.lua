--[==[
description: "string.gsub inside an EVAL script, including a function replacement and an error"
spec: [lib.string.gsub]
features: []
flags: [redis]
negative: false
]==]
local s, n = string.gsub("hello world", "(%w+)", function(w) return w:upper() end)
return {s, n, select(2, pcall(string.gsub, "x", "(", ""))}
