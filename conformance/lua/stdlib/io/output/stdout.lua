--[==[
description: "io.output, io.stdout, io.stderr, io.stdin, io.flush"
spec: [lib.io.output, lib.io.stdout, lib.io.stderr, lib.io.stdin, lib.io.flush, lib.io.input, lib.io.read, lib.io.popen]
features: []
flags: []
negative: false
]==]
print(io.output() == io.stdout, io.input() == io.stdin, io.type(io.stderr))
io.output():write("via output\n")
io.flush()
print(type(io.read), type(io.popen))
