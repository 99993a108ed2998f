--[==[
description: "char builds strings from byte codes"
spec: [lib.string.char]
features: []
flags: []
negative: false
]==]
print(string.char(72, 105), #string.char(), string.char(0, 255):byte(1, 2))
print(pcall(string.char, -1))
