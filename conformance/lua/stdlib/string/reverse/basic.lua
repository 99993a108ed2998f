--[==[
description: "reverse of strings including binary data"
spec: [lib.string.reverse]
features: []
flags: []
negative: false
]==]
print(string.reverse("abc"), string.reverse(""), string.reverse("a\0b") == "b\0a", string.reverse(123))
