--[==[
description: "bad argument messages from the table library"
spec: [err.badarg, lib.table.concat, lib.table.insert, lib.table.sort]
features: []
flags: []
negative: false
]==]
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {1, 2, 3}, 1))
print(pcall(table.setn, {}, 1))
