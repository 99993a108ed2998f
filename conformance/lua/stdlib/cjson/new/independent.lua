--[==[
description: "cjson.new returns an independent module"
spec: [lib.cjson.new]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
return {type(c), type(c.encode), tostring(c ~= cjson), tostring(c.null == cjson.null), c._NAME, c.encode({c.null})}
