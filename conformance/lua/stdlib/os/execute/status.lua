--[==[
description: "os.execute returns the raw exit status; without a command it reports a shell"
spec: [lib.os.execute]
features: []
flags: []
negative: false
]==]
print(os.execute("true"), os.execute("exit 3"), os.execute() ~= 0)
