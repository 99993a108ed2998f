--[==[
description: "os.exit without a code exits successfully"
spec: [lib.os.exit]
features: []
flags: []
negative: false
]==]
io.write("bye\n")
os.exit()
error("not reached")
