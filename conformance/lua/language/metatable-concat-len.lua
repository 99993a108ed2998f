--[==[
description: "__concat is used; __len is ignored for tables in 5.1 (only for userdata)"
spec: [lang.metatable.concat, lang.metatable.len]
features: []
flags: []
negative: false
]==]
local mt = {__concat = function(a, b)
  local x = type(a) == "table" and "T" or a
  local y = type(b) == "table" and "T" or b
  return x .. "+" .. y end, __len = function() return 99 end}
local v = setmetatable({1, 2}, mt)
print(v .. "s", "s" .. v, 1 .. v, #v)
