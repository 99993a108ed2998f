--[==[
description: "generic for with a stateless iterator and a closure iterator"
spec: [op.TFORLOOP, lang.for.generic]
features: []
flags: []
negative: false
]==]
local function iter(limit, i)
  if i < limit then return i + 1, (i + 1) * (i + 1) end
end
for i, sq in iter, 4, 0 do io.write(i, ":", sq, " ") end print()
local function range(n) local i = 0 return function() i = i + 1 if i <= n then return i end end end
for v in range(3) do io.write(v, " ") end print()
