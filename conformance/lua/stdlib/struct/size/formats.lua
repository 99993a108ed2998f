--[==[
description: "struct.size of fixed formats with alignment"
spec: [lib.struct.size]
features: []
flags: [redis]
negative: false
]==]
return {struct.size("b"), struct.size("h"), struct.size("i"), struct.size("d"), struct.size("c10"), struct.size("!4 b i"), struct.size("b x x"), struct.size("")}
