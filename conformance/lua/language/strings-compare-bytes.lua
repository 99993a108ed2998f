--[==[
description: "string comparison with bytes above 127 and embedded zeros"
spec: [lang.compare]
features: []
flags: []
negative: false
]==]
print("a\0b" < "a\0c", "a" < "a\0", "\200" > "z", "abc" < "abcd")
