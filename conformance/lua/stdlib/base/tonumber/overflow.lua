--[==[
description: "tonumber of huge, tiny and odd numeric strings"
spec: [lib.base.tonumber]
features: []
flags: []
negative: false
]==]
print(tonumber("1e500"), tonumber("-1e500"), tonumber("1e-500"), tonumber("0x7fffffff"), tonumber("0xffffffffff"))
print(tonumber("ffffffff", 16), tonumber("-7fffffff", 16), tonumber("1" .. string.rep("0", 20)))
