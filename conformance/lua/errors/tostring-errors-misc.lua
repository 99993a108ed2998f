--[==[
description: "misc runtime error templates: setn obsolete, invalid order function, wrong next key"
spec: [err.sort.invalid-order, lib.table.setn, lib.table.sort]
features: []
flags: []
negative: false
]==]
print(pcall(table.sort, {3, 2, 1, 5, 4, 7, 6, 9, 8, 10, 12, 11}, function(a, b) return true end))
print(pcall(table.setn, {}, 3))
