--[==[
description: "comparison errors between mixed and unorderable types"
spec: [err.compare]
features: []
flags: []
negative: false
]==]
local cases = {
  function() return 1 < "1" end,
  function() return {} < {} end,
  function() return nil < 1 end,
  function() return true <= false end,
  function() return "a" >= 1 end,
  function() return print < print end,
  function() local a, b = {}, 1 return a > b end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
