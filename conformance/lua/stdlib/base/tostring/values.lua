--[==[
description: "tostring of nil, booleans, numbers, strings"
spec: [lib.base.tostring]
features: []
flags: []
negative: false
]==]
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-1.5), tostring("s"))
print(type(tostring({})), tostring({}):sub(1, 7), tostring(print):sub(1, 10))
