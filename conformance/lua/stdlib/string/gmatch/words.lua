--[==[
description: "string.gmatch over words, numbers and key/value pairs"
spec: [lib.string.gmatch]
features: []
flags: []
negative: false
]==]
local words = {}
for w in string.gmatch("The quick, brown fox!", "%a+") do words[#words + 1] = w end
print(#words, table.concat(words, "|"))
local sum = 0
for n in string.gmatch("1 22 333 x 4", "%d+") do sum = sum + n end
print(sum)
