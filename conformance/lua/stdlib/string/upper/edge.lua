--[==[
description: "string.upper keeps non-letters and coerces numbers"
spec: [lib.string.upper]
features: []
flags: []
negative: false
]==]
print(string.upper("abc-xyz_123\0q"), string.upper(1e3))
