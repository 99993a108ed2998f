--[==[
description: "setvbuf on stdout keeps output order"
spec: [lib.io.file.setvbuf]
features: []
flags: []
negative: false
]==]
print(io.stdout:setvbuf("no"))
io.write("a") print("b")
