--[==[
description: "debug.getregistry returns the same table each time; it is writable"
spec: [lib.debug.getregistry]
features: []
flags: []
negative: false
]==]
debug.getregistry().redlua_mark = 5
print(debug.getregistry() == debug.getregistry(), debug.getregistry().redlua_mark)
print(pcall(function() return debug.getregistry()(1) end))
