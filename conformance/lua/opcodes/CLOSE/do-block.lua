--[==[
description: "a do block with a captured local"
spec: [op.CLOSE]
features: []
flags: []
negative: false
]==]
local get, set
do
  local hidden = "first"
  get = function() return hidden end
  set = function(v) hidden = v end
end
set("second")
print(get())
