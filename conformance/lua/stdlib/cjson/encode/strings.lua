--[==[
description: "cjson.encode escapes control characters and keeps high bytes"
spec: [lib.cjson.encode]
features: []
flags: [redis]
negative: false
]==]
return {cjson.encode("\0\1\31"), cjson.encode("tab\there"), cjson.encode("caf\195\169"), cjson.encode("\127"), cjson.encode("")}
