--[==[
description: "getmetatable of tables, strings, numbers"
spec: [lib.base.getmetatable, lib.base.setmetatable]
features: []
flags: []
negative: false
]==]
print(getmetatable({}), getmetatable(1), getmetatable("").__index == string)
local mt = {}
print(getmetatable(setmetatable({}, mt)) == mt)
print(getmetatable(setmetatable({}, {__metatable = false})))
