--[==[
description: "os.exit with a status code ends the program after flushing output"
spec: [lib.os.exit]
features: []
flags: []
negative: {phase: runtime}
]==]
print("before")
os.exit(3)
print("after")
