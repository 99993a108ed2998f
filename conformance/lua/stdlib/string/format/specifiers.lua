--[==[
description: "format: integers, floats, strings, chars, hex, octal, padding"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(string.format("%d|%5d|%-5d|%05d", 42, 42, 42, 42))
print(string.format("%x|%X|%o|%#x", 255, 255, 8, 255))
print(string.format("%f|%.2f|%e|%.3E|%g|%G", 3.14159, 3.14159, 12345.678, 0.000123, 1e20, 1e-20))
print(string.format("%s|%10s|%-10s|%.2s", "abc", "abc", "abc", "abc"))
print(string.format("%c%c%c", 76, 117, 97))
print(string.format("%5.1s|", "xyz"))
print(string.format("%%|%i|%u", -7, 7))
print(string.format("%s %s", 1, 2.5))
