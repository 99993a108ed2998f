--[==[
description: "io.write result compared with the file (5.1 returns true) and numbers written with %.14g"
spec: [lib.io.write]
features: []
flags: []
negative: false
]==]
print(io.write(1/3, " ", 100, " ", -0.5, "\n") == io.stdout)
io.write()
io.write("", "end\n")
