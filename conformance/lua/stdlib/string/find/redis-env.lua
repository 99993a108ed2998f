--[==[
description: "string.find and string.match inside an EVAL script"
spec: [lib.string.find, lib.string.match]
features: []
flags: [redis]
negative: false
]==]
local a, b = string.find("key:123", ":(%d+)")
return {a, b, string.match("key:123", "%a+"), tostring(string.find("abc", "z"))}
