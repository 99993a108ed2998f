--[==[
description: "os.setlocale with an invalid category or locale"
spec: [lib.os.setlocale]
features: []
flags: []
negative: false
]==]
print(pcall(os.setlocale, "C", "bogus"))
print(os.setlocale("xx_NOT_A_LOCALE", "all"))
print(pcall(function() return os.setlocale({}) end))
