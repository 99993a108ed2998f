--[==[
description: "misc runtime templates: format option, gsub replacement, next key, protected metatable, setn"
spec: [err.format-option, err.gsub-repl, err.next-key, err.protected-metatable, err.setn, err.typeerror]
features: []
flags: []
negative: false
]==]
print(pcall(string.format, "%w", 1))
print(pcall(string.gsub, "abc", "b", function() return {} end))
print(pcall(next, {a = 1}, "b"))
print(pcall(setmetatable, setmetatable({}, {__metatable = 1}), {}))
print(pcall(table.setn, {}, 1))
print(pcall(string.len, {}))
print(pcall(math.floor, nil))
