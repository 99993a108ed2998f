--[==[
description: "CONCAT of strings and numbers (numbers with %.14g)"
spec: [op.CONCAT, lang.coercion.concat]
features: []
flags: []
negative: false
]==]
local a, b, c = "x", 1, 2.5
print(a .. b .. c, b .. "", 1e100 .. "")
