--[==[
description: "tonumber on numbers, numeric strings, non-numeric values"
spec: [lib.base.tonumber]
features: []
flags: []
negative: false
]==]
print(tonumber(10), tonumber("10"), tonumber("x"), tonumber({}), tonumber(true), tonumber("0x"), tonumber("1 2"))
print(tonumber("10", 16), tonumber("Z", 36), tonumber(".5"), tonumber("5."), tonumber("-.5e1"))
