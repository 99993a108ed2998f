--[==[
description: "a custom searcher added to package.loaders"
spec: [lib.package.loaders]
features: []
flags: []
negative: false
]==]
table.insert(package.loaders, 2, function(name)
  if name == "redlua_virtual" then return function(n) return {n = n} end end
  return "\n\tno virtual " .. name
end)
print(require("redlua_virtual").n)
package.path = ""
package.cpath = ""
print(pcall(require, "redlua_nothing"))
