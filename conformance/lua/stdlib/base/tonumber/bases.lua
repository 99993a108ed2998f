--[==[
description: "tonumber with bases 2 to 36 and invalid digits"
spec: [lib.base.tonumber]
features: []
flags: []
negative: false
]==]
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("zz", 36), tonumber("101", 2))
print(tonumber("2", 2), tonumber("1.5", 10), tonumber(" 10 ", 16), tonumber("", 10))
print(tonumber(" 0x1A "), tonumber("1e2"), tonumber("  5  "), tonumber("5 x"), tonumber(nil))
print(tonumber({}), tonumber(true), tonumber("-0x10"), tonumber(".5"), tonumber("5."))
