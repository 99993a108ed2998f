--[==[
description: "struct.size with alignment directives and endianness markers"
spec: [lib.struct.size]
features: []
flags: [redis]
negative: false
]==]
return {struct.size("!8 b d"), struct.size("!2 b i"), struct.size("< b i"), struct.size("!b d")}
