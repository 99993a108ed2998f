--[==[
description: "numbers convert to strings in concatenation"
spec: [lang.coercion.concat]
features: []
flags: []
negative: false
]==]
print(1 .. 2, 1.5 .. "", -0.0 .. "", 2^63 .. "", 10/2 .. "")
print(pcall(function() return {} .. "" end))
