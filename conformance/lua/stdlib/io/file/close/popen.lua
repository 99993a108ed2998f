--[==[
description: "file:close of a popen file returns the exit status"
spec: [lib.io.file.close]
features: []
flags: []
negative: false
]==]
print(io.popen("exit 0"):close())
print(io.popen("exit 2"):close())
