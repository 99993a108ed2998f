--[==[
description: "tonumber with whitespace, signs, exponents and invalid forms"
spec: [lib.base.tonumber]
features: []
flags: []
negative: false
]==]
print(tonumber("  -1.5e2  "), tonumber("+5"), tonumber("1e"), tonumber("0x"), tonumber("inf"), tonumber("nan"))
print(tonumber("1 2"), tonumber("\t12\n"), tonumber("0X1f"), tonumber("1.5", 16), tonumber("-ff", 16))
