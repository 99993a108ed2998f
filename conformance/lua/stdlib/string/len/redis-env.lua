--[==[
description: "small string functions inside an EVAL script"
spec: [lib.string.len, lib.string.sub, lib.string.lower, lib.string.upper, lib.string.reverse]
features: []
flags: [redis]
negative: false
]==]
return {string.len("abc\0d"), string.sub("hello", 2, -2), string.lower("ABC"), string.upper("abc"), string.reverse("abc")}
