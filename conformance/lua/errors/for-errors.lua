--[==[
description: "numeric for errors for non-numeric initial value, limit and step"
spec: [err.for.initial, err.for.limit, err.for.step]
features: []
flags: []
negative: false
]==]
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = 1, 2, "x" do end end))
