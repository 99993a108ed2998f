--[==[
description: "pcall with error objects of several types"
spec: [lib.base.pcall]
features: []
flags: []
negative: false
]==]
for _, v in ipairs({false, 0, "s", true}) do
  local ok, e = pcall(error, v)
  io.write(tostring(ok), ":", type(e), ":", tostring(e), " ")
end
print()
