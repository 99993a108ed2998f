--[==[
description: "string.byte and string.char inside an EVAL script"
spec: [lib.string.byte, lib.string.char]
features: []
flags: [redis]
negative: false
]==]
return {string.byte("A"), string.char(72, 105), select(2, pcall(string.char, 300))}
