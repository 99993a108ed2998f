--[==[
description: "cmsgpack metadata fields"
spec: [lib.cmsgpack._NAME, lib.cmsgpack._VERSION, lib.cmsgpack._COPYRIGHT, lib.cmsgpack._DESCRIPTION]
features: []
flags: [redis]
negative: false
]==]
return {cmsgpack._NAME, cmsgpack._VERSION, cmsgpack._COPYRIGHT, cmsgpack._DESCRIPTION}
