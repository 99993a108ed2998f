-- N-body gravity simulation (five bodies, symplectic Euler steps).
-- Only + - * / and math.sqrt on floats, so every IEEE engine agrees bit for bit.
local scale = tonumber(arg and arg[1]) or 1
local steps = math.floor(250000 * scale)

local PI = 3.141592653589793
local SOLAR_MASS = 4 * PI * PI
local DPY = 365.24

local function body(x, y, z, vx, vy, vz, mass)
  return { x = x, y = y, z = z, vx = vx * DPY, vy = vy * DPY, vz = vz * DPY, m = mass * SOLAR_MASS }
end

local bodies = {
  body(0, 0, 0, 0, 0, 0, 1),
  body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
       9.54791938424326609e-04),
  body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
       2.85885980666130812e-04),
  body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
       4.36624404335156298e-05),
  body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
       5.15138902046611451e-05),
}
local nb = #bodies

local function energy()
  local e = 0
  for i = 1, nb do
    local a = bodies[i]
    e = e + 0.5 * a.m * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
    for j = i + 1, nb do
      local b = bodies[j]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      e = e - a.m * b.m / math.sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function recenter()
  local px, py, pz = 0, 0, 0
  for i = 1, nb do
    local b = bodies[i]
    px = px + b.vx * b.m; py = py + b.vy * b.m; pz = pz + b.vz * b.m
  end
  local sun = bodies[1]
  sun.vx = -px / SOLAR_MASS; sun.vy = -py / SOLAR_MASS; sun.vz = -pz / SOLAR_MASS
end

local sqrt = math.sqrt
local function step(dt)
  for i = 1, nb do
    local a = bodies[i]
    local ax, ay, az, am = a.x, a.y, a.z, a.m
    for j = i + 1, nb do
      local b = bodies[j]
      local dx, dy, dz = ax - b.x, ay - b.y, az - b.z
      local d2 = dx * dx + dy * dy + dz * dz
      local mag = dt / (d2 * sqrt(d2))
      local bm = b.m * mag
      a.vx = a.vx - dx * bm; a.vy = a.vy - dy * bm; a.vz = a.vz - dz * bm
      local amm = am * mag
      b.vx = b.vx + dx * amm; b.vy = b.vy + dy * amm; b.vz = b.vz + dz * amm
    end
  end
  for i = 1, nb do
    local b = bodies[i]
    b.x = b.x + dt * b.vx; b.y = b.y + dt * b.vy; b.z = b.z + dt * b.vz
  end
end

recenter()
local e0 = energy()
for _ = 1, steps do step(0.01) end
print(string.format("nbody steps=%d e0=%.9f e1=%.9f", steps, e0, energy()))
