--[==[
description: "module creates a module table and sets the environment"
spec: [lib.base.module, lib.package.seeall]
features: []
flags: []
negative: false
]==]
local function def()
  module("mymodule", package.seeall)
  function hello() return "hello from " .. _NAME end
end
def()
print(mymodule.hello(), mymodule._NAME, mymodule._PACKAGE == "", package.loaded.mymodule == mymodule)
