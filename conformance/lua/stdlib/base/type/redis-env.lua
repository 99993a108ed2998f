--[==[
description: "type of Redis library values"
spec: [lib.base.type]
features: []
flags: [redis]
negative: false
]==]
return {type(redis), type(cjson.null), type(redis.call), type(KEYS), type(bit.band), type(struct)}
