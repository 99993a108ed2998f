--[==[
description: "ARGV is an empty table without arguments"
spec: [lib.base.ARGV]
features: []
flags: [redis]
negative: false
]==]
return {type(ARGV), #ARGV, tostring(ARGV[1]), tostring(KEYS ~= ARGV)}
