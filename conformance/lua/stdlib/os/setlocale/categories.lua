--[==[
description: "os.setlocale queries and sets categories"
spec: [lib.os.setlocale]
features: []
flags: []
negative: false
]==]
print(os.setlocale(nil, "all"), os.setlocale(nil, "numeric"), os.setlocale("C", "collate"), os.setlocale("POSIX", "ctype"))
print(os.setlocale("C"), os.setlocale(nil, "monetary"), os.setlocale(nil, "time"))
