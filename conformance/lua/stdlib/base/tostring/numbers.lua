--[==[
description: "tostring number formatting with %.14g"
spec: [lib.base.tostring]
features: []
flags: []
negative: false
]==]
print(tostring(0.1), tostring(1e14), tostring(1e15), tostring(123456789012345), tostring(-1e-5), tostring(2^63))
