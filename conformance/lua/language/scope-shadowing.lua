--[==[
description: "locals shadow outer locals and globals; blocks end scopes"
spec: [lang.scope]
features: []
flags: []
negative: false
]==]
x = "global"
local x = "outer"
do
  local x = "inner"
  print(x)
end
print(x, _G.x)
local x = x .. "2"
print(x)
