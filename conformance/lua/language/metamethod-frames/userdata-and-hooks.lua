--[==[
description: "metamethods of newproxy userdata (__index, __len, __unm, __add, __eq), and metamethods running while debug hooks are set"
spec: [lang.metamethod-frames, lang.metatable.index]
features: []
flags: []
negative: false
]==]
local u = newproxy(true)
local mt = getmetatable(u)
mt.__index = function(_, k) return "u." .. k end
mt.__len = function() return 42 end
mt.__unm = function() return "neg" end
mt.__add = function(a, b) return "add" end
mt.__eq = function() return true end
print(u.x, #u, -u, u + 1, 1 + u, u == newproxy(u))
local calls = 0
debug.sethook(function(ev) calls = calls + 1 end, "cr")
local o = setmetatable({}, { __index = function(_, k) return k .. "!" end })
local r = o.hooked
debug.sethook()
print(r, calls > 0)
local lines = {}
debug.sethook(function(ev, line) lines[#lines + 1] = line end, "l")
local s = o.a .. o.b
debug.sethook()
print(s, #lines > 0)
