--[==[
description: "string.match with ^ and $ anchors and optional items"
spec: [lib.string.match]
features: []
flags: []
negative: false
]==]
print(string.match("hello", "^h"), string.match("hello", "^e"), string.match("hello", "o$"), string.match("ab$", "b%$"))
print(string.match("color colour", "colou?r"), string.match("123abc", "^%d+"), string.match("  ", "^%s*$") == "  ")
