--[==[
description: "tonumber of strings with whitespace, hex, bases and junk"
spec: [lib.base.tonumber, lang.coercion.arith]
features: []
flags: []
negative: false
]==]
print(tonumber("  12  "), tonumber("0x1F"), tonumber("1e3"), tonumber("1e"), tonumber(""))
print(tonumber("ff", 16), tonumber("zz", 36), tonumber("777", 8), tonumber("2", 2), tonumber(" 11 ", 2))
print(tonumber("8", 8), tonumber("-ff", 16), tonumber(nil))
