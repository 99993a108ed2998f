--[==[
description: "debug.setlocal changes a local of a running function"
spec: [lib.debug.setlocal]
features: []
flags: []
negative: false
]==]
local function f()
  local v = "old"
  debug.setlocal(1, 1, "new")
  return v
end
print(f())
local w = 1
print(debug.setlocal(1, 1, 99), w)
print(debug.setlocal(1, 100, 1))
