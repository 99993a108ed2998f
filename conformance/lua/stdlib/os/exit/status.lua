--[==[
description: "os.exit sets the exit status after flushing output"
spec: [lib.os.exit]
features: []
flags: []
negative: {phase: runtime}
]==]
io.write("before exit\n")
os.exit(3)
print("never")
