-- A JSON encoder written in Lua (sorted object keys, string escaping, arrays vs objects),
-- run over a generated document many times.
local scale = tonumber(arg and arg[1]) or 1
local rounds = math.floor(40 * scale)
if rounds < 1 then rounds = 1 end

local seed = 42
local function rand(m) seed = (seed * 16807.0) % 2147483647; return seed % m end

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function escapeChar(c)
  return escapes[c] or string.format("\\u%04x", c:byte())
end

local encodeValue
local function encodeString(s, out)
  out[#out + 1] = '"' .. s:gsub('[%c"\\]', escapeChar) .. '"'
end

local function isArray(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false, 0 end end
  return true, n
end

function encodeValue(v, out)
  local ty = type(v)
  if ty == "string" then encodeString(v, out)
  elseif ty == "number" then
    if v == math.floor(v) and v > -1e15 and v < 1e15 then out[#out + 1] = string.format("%d", v)
    else out[#out + 1] = string.format("%.14g", v) end
  elseif ty == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif ty == "nil" then out[#out + 1] = "null"
  elseif ty == "table" then
    local arr, n = isArray(v)
    if arr and n > 0 then
      out[#out + 1] = "["
      for i = 1, n do
        if i > 1 then out[#out + 1] = "," end
        encodeValue(v[i], out)
      end
      out[#out + 1] = "]"
    else
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = tostring(k) end
      table.sort(keys)
      out[#out + 1] = "{"
      for i = 1, #keys do
        if i > 1 then out[#out + 1] = "," end
        encodeString(keys[i], out)
        out[#out + 1] = ":"
        encodeValue(v[keys[i]], out)
      end
      out[#out + 1] = "}"
    end
  else error("cannot encode " .. ty) end
end

local function encode(v)
  local out = {}
  encodeValue(v, out)
  return table.concat(out)
end

local words = { "alpha", "beta", "gamma", "delta", "tab\there", 'quote"d', "line\nbreak", "back\\slash" }
local function genItem(i)
  local tags = {}
  for k = 1, rand(5) + 1 do tags[k] = words[rand(#words) + 1] end
  return {
    id = i,
    name = words[i % #words + 1] .. i,
    price = rand(100000) / 100,
    active = rand(2) == 1,
    tags = tags,
    dims = { w = rand(50), h = rand(50), d = rand(50) / 4 },
    note = (i % 5 == 0) and "ctrl\1char" or "plain",
  }
end

local doc = { version = 3, items = {}, meta = { source = "bench", count = 0 } }
for i = 1, 400 do doc.items[i] = genItem(i) end
doc.meta.count = #doc.items

local h, total = 0, 0
for r = 1, rounds do
  doc.meta.round = r
  local s = encode(doc)
  total = total + #s
  for i = 1, #s, 97 do h = (h * 31.0 + s:byte(i)) % 2147483647 end
end
print(string.format("json rounds=%d bytes=%d hash=%d", rounds, total, h))
