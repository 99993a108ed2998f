--[==[
description: "string.reverse on empty, binary and numeric input"
spec: [lib.string.reverse]
features: []
flags: []
negative: false
]==]
print(string.reverse("") == "", string.reverse(123), string.byte(string.reverse("\1\0\2"), 1, -1))
