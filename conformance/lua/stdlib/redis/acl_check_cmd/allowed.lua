--[==[
description: "redis.acl_check_cmd for the default user allows commands"
spec: [lib.redis.acl_check_cmd]
features: []
flags: [redis]
negative: false
]==]
return {tostring(redis.acl_check_cmd("get", "k")), tostring(redis.acl_check_cmd("SET", "k", "v")), tostring(redis.acl_check_cmd("ping"))}
