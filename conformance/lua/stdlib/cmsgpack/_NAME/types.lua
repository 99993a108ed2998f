--[==[
description: "cmsgpack metadata fields are strings"
spec: [lib.cmsgpack._NAME, lib.cmsgpack._VERSION, lib.cmsgpack._COPYRIGHT, lib.cmsgpack._DESCRIPTION]
features: []
flags: [redis]
negative: false
]==]
return {type(cmsgpack._NAME), type(cmsgpack._VERSION), type(cmsgpack._COPYRIGHT), type(cmsgpack._DESCRIPTION)}
