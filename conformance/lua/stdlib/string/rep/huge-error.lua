--[==[
description: "string.rep with a count of 2^40: luaL_checkint truncates it to a C int (0 here), giving an empty string"
spec: [lib.string.rep]
features: []
flags: []
negative: false
]==]
local ok, e = pcall(string.rep, "x", 2^40)
print(ok, e)
