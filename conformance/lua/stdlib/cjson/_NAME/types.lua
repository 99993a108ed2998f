--[==[
description: "cjson metadata fields are strings"
spec: [lib.cjson._NAME, lib.cjson._VERSION]
features: []
flags: [redis]
negative: false
]==]
return {type(cjson._NAME), type(cjson._VERSION), tostring(cjson.new()._VERSION == cjson._VERSION)}
