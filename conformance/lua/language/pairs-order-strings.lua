--[==[
description: "pairs order of a table with many string keys (hash order is deterministic in 5.1)"
spec: [lang.table.order]
features: []
flags: []
negative: false
]==]
local t = {}
for _, k in ipairs({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"}) do t[k] = #k end
for k, v in pairs(t) do io.write(k, "=", v, " ") end print()
