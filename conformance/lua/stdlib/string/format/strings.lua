--[==[
description: "string.format %s with width and precision, %c, %%, %x/%X/%o"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("[%5s][%-5s][%.2s]", "ab", "ab", "abcdef"))
print(string.format("%c%c%c", 76, 117, 97))
print(string.format("100%%"))
print(string.format("%x %X %o %#x %#o", 255, 255, 8, 255, 8))
print(string.format("%5.1f|%-8.3e|%+d|% d", 3.14159, 1234.5, 5, 5))
print(string.format("%s %s %s", 1, 2.5, "x"))
