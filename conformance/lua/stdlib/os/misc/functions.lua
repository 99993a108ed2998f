--[==[
description: "os.difftime, os.getenv of an unset variable, os.remove/os.rename of missing files, os.setlocale"
spec: [lib.os.difftime, lib.os.getenv, lib.os.remove, lib.os.rename, lib.os.setlocale, lib.os.tmpname, lib.os.execute]
features: []
flags: []
negative: false
]==]
print(os.difftime(10, 4), os.getenv("REDLUA_SURELY_UNSET_VARIABLE"))
print(os.remove("no-such-file-here"))
print(os.rename("no-such-file-here", "other-name"))
print(os.setlocale("C"), os.setlocale(), os.setlocale("no_such_locale"))
print(type(os.tmpname()), type(os.execute))
