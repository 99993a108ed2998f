--[==[
description: "the registry is a table holding the FILE* metatable and loaded modules"
spec: [lib.debug.getregistry]
features: []
flags: []
negative: false
]==]
local r = debug.getregistry()
print(type(r), type(r["FILE*"]), r["FILE*"] == getmetatable(io.stdout), type(r._LOADED), r._LOADED == package.loaded)
