--[==[
description: "a call hook sees call and return events for Lua functions"
spec: [lib.debug.sethook]
features: []
flags: []
negative: false
]==]
local events = {}
local function target() return 1 end
debug.sethook(function(ev)
  local info = debug.getinfo(2, "n")
  if info and info.name == "target" then events[#events + 1] = ev end
end, "cr")
target()
debug.sethook()
print(table.concat(events, ","))
