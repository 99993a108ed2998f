--[==[
description: "not inside conditions"
spec: [op.NOT]
features: []
flags: []
negative: false
]==]
local x = nil
if not x then print("was nil") end
local y = 1
while not y do end
local z = not y
print(not (y == 1), z)
