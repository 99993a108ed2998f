--[==[
description: "cjson._NAME and cjson._VERSION"
spec: [lib.cjson._NAME, lib.cjson._VERSION]
features: []
flags: [redis]
negative: false
]==]
return {cjson._NAME, cjson._VERSION}
