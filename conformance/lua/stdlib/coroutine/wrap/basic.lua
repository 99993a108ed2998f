--[==[
description: "coroutine.wrap returns a function that resumes the coroutine"
spec: [lib.coroutine.wrap]
features: []
flags: []
negative: false
]==]
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end return "end" end)
print(gen(), gen(), gen(), gen())
