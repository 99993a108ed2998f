// A fast-check generator of random Lua 5.1 programs that always terminate and are
// deterministic on every conforming implementation: loops have constant bounds, recursion
// is bounded by a depth argument, nothing prints addresses (the prelude's `show` prints the
// type of tables and functions), and no table is used as a key that pairs() visits.
// (`tostring` of generated values is spelled `show` for the same reason.)
// Programs may raise errors on purpose (arithmetic on nil, bad calls, error()); the error
// text is part of what is compared.
import fc from 'fast-check';

const NAMES = ['a', 'b', 'c', 'd', 'x', 'y'];
const FIELDS = ['f', 'g', 'n', 's'];

/** The prelude every program starts with (line numbers of generated code start after it). */
export const PRELUDE = [
  'local function show(v) local t = type(v) if t == "table" or t == "function" or t == "thread" or t == "userdata" then return t end return tostring(v) end',
  'local function out(...) local n = select("#", ...) local r = {} for i = 1, n do r[i] = show((select(i, ...))) end print(table.concat(r, " ")) end',
  'local mt = {__add = function(p, q) return 7 end, __index = function(t, k) return k end, __eq = function() return true end, __lt = function() return false end, __le = function() return true end, __concat = function(p, q) return "cat" end, __call = function(self, z) return z end, __unm = function() return -1 end, __len = function() return 3 end}',
  'local function obj() return setmetatable({}, mt) end',
  'local a, b, c, d, x, y = 1, "2", nil, {f = 1, g = "s"}, 2.5, true',
].join('\n');

const num = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.constantFrom('0.5', '1e15', '1e16', '-0', '2^53', '1/0', '-1/0', '0/0', '3.25', '1e-3', '0x10', '100000000000000'),
);
const str = fc.oneof(
  fc.constantFrom('"abc"', '"10"', '" 3 "', '"0x1F"', '"a.b"', "''", '"x y z"', '"%d"', '"1e2"', '"\\0z"', '"\\255"', '"aaa"'),
  fc.stringMatching(/^[a-c1-3 .%]{0,5}$/).map((s) => JSON.stringify(s)),
);
const literal = fc.oneof(num, str, fc.constantFrom('nil', 'true', 'false', '{}', '{1, 2, 3}', '{f = 1, g = "x"}', 'obj()'));

const patterns = fc.constantFrom('"a"', '"%a+"', '"(%d)"', '"[a-c]+"', '"^a"', '"b$"', '".-"', '"(a)(b)"', '"%s*"', '"[^%s]+"', '"%.?"', '"()a"', '"a*"', '"%w%w"');
const formats = fc.constantFrom('"%d"', '"%5.2f"', '"%g"', '"%s"', '"%q"', '"%x"', '"%-4d|"', '"%e"', '"%.3s"', '"%c"', '"%o"', '"%5s"', '"%%"', '"%+d"', '"%.14g"');

function expr(depth: number): fc.Arbitrary<string> {
  if (depth <= 0) return fc.oneof(literal, fc.constantFrom(...NAMES), fc.constantFrom(...FIELDS.map((f) => `d.${f}`)));
  const sub = expr(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: expr(0) },
    { weight: 3, arbitrary: fc.tuple(sub, fc.constantFrom('+', '-', '*', '/', '%', '^', '..', '==', '~=', '<', '<=', '>', '>=', 'and', 'or'), sub).map(([l, o, r]) => `(${l} ${o} ${r})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', 'not ', '#'), sub).map(([o, e]) => `(${o}${e})`) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.constantFrom(...FIELDS)).map(([e, f]) => `(${e}).${f}`) },
    { weight: 1, arbitrary: fc.tuple(sub, sub).map(([e, k]) => `(${e})[${k}]`) },
    { weight: 1, arbitrary: fc.array(sub, { maxLength: 3 }).map((es) => `{${es.join(', ')}}`) },
    { weight: 2, arbitrary: fc.tuple(sub, patterns).map(([s, p]) => `string.find(${s}, ${p})`) },
    { weight: 1, arbitrary: fc.tuple(sub, patterns).map(([s, p]) => `string.match(${s}, ${p})`) },
    { weight: 1, arbitrary: fc.tuple(sub, patterns, fc.constantFrom('"<%0>"', '"%1"', '"x"', 'string.upper', '{a = 1}')).map(([s, p, r]) => `string.gsub(${s}, ${p}, ${r})`) },
    { weight: 2, arbitrary: fc.tuple(formats, sub).map(([f, e]) => `string.format(${f}, ${e})`) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.integer({ min: -3, max: 4 }), fc.integer({ min: -3, max: 4 })).map(([s, i, j]) => `string.sub(${s}, ${i}, ${j})`) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.integer({ min: 0, max: 3 })).map(([s, n]) => `string.rep(${s}, ${n})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('show', 'tonumber', 'type', 'math.floor', 'math.abs', 'select("#", ', 'string.len', 'string.byte', '#'), sub).map(([f, e]) => (f.endsWith(', ') ? `${f}${e})` : f === '#' ? `#(${e})` : `${f}(${e})`)) },
    { weight: 1, arbitrary: fc.tuple(sub, sub).map(([p, q]) => `math.max(${p}, ${q})`) },
    { weight: 1, arbitrary: fc.tuple(sub).map(([e]) => `(function(...) return select("#", ...), ... end)(${e}, nil)`) },
    { weight: 1, arbitrary: sub.map((e) => `pcall(function() return ${e} end)`) },
  );
}

/**
 * An expression a small function may compute without calls (arithmetic, fields, #, globals
 * and upvalues): the shape of a function an implementation may inline into a hot loop.
 */
function leafExpr(depth: number): fc.Arbitrary<string> {
  const atom = fc.oneof(num, str, fc.constantFrom('p', 'q', 'p', 'q', 'nil', 'true', ...NAMES), fc.constantFrom(...FIELDS.map((f) => `d.${f}`)));
  if (depth <= 0) return atom;
  const sub = leafExpr(depth - 1);
  return fc.oneof(
    { weight: 2, arbitrary: atom },
    { weight: 3, arbitrary: fc.tuple(sub, fc.constantFrom('+', '-', '*', '/', '%', '^'), sub).map(([l, o, r]) => `(${l} ${o} ${r})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', 'not ', '#'), sub).map(([o, e]) => `(${o}${e})`) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.constantFrom(...FIELDS)).map(([e, f]) => `(${e}).${f}`) },
  );
}

/** A hot loop calling a small function, whose operands may leave the fast path on the way. */
const leafLoop = fc
  .tuple(leafExpr(2), leafExpr(1), fc.option(fc.tuple(fc.constantFrom(...NAMES), leafExpr(1)), { nil: undefined }), fc.integer({ min: 60, max: 150 }), fc.integer({ min: 1, max: 150 }), leafExpr(1))
  .map(([body, arg, setup, n, late, lateArg]) => {
    const write = setup === undefined ? '' : `${setup[0]} = ${setup[1]}; `;
    return `do local function lf(p, q) ${write}return ${body} end local s, k = 0, 0 ` +
      `out(pcall(function() for i = 1, ${n} do local v = lf(i, i == ${late} and ${lateArg} or ${arg}) ` +
      `if type(v) == "number" and v == v then s = s + v else k = k + 1 end end end)) out(s, k) end`;
  });

function block(depth: number, inLoop: boolean): fc.Arbitrary<string> {
  const e = expr(2);
  const simple: fc.Arbitrary<string>[] = [
    fc.tuple(fc.constantFrom(...NAMES), e).map(([n, v]) => `${n} = ${v}`),
    fc.tuple(fc.constantFrom(...FIELDS), e).map(([f, v]) => `if type(d) == "table" then d.${f} = ${v} end`),
    fc.array(e, { minLength: 1, maxLength: 3 }).map((es) => `out(${es.join(', ')})`),
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), e, e).map(([p, q, u, v]) => `${p}, ${q} = ${u}, ${v}`),
    e.map((v) => `out(pcall(function() return ${v} end))`),
    leafLoop,
    fc.tuple(e).map(([v]) => `out(select("#", pcall(error, ${v})), (pcall(error, ${v})))`),
    fc.constantFrom('do local t = {} for i = 1, 5 do t[#t + 1] = i * 2 end out(#t, t[3], table.concat(t, ",")) end',
      'do local fs = {} for i = 1, 3 do fs[i] = function() return i end end out(fs[1](), fs[2](), fs[3]()) end',
      'do local co = coroutine.wrap(function(p) for i = 1, 3 do p = coroutine.yield(p + i) end return "done" end) out(co(1), co(10), co(100), co(0)) end',
      'do local t = {5, 2, 8, 1, 9} table.sort(t) out(table.concat(t, " ")) table.sort(t, function(p, q) return p > q end) out(table.concat(t, " ")) end',
      'do local t = {} t[1] = 1 t[2] = 2 t[4] = 4 out(#t) local k = {} for key in pairs({x = 1, y = 2, z = 3, 10, 20}) do k[#k + 1] = tostring(key) end out(table.concat(k, ",")) end',
      'do local function f(n) if n <= 0 then return 0 end return n + f(n - 1) end out(f(10)) end',
      'do local function g(...) local t = {...} return #t, ... end out(g(1, nil, 3)) end',
      'do local s = 0 local i = 0 while i < 7 do i = i + 1 if i % 2 == 0 then s = s + i end end out(s, i) end',
      'do local n = 0 repeat n = n + 3 until n > 10 out(n) end',
      'do local o = obj() out(o + 1, o.key, o == obj(), o < o, o <= o, o .. "s", o(5), -o) end',
      'do local t = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end}) t.z = 4 out(t.z, rawget(t, "z")) end',
      'out(pcall(error, {code = 1}))',
      'out(pcall(error, "msg", 0), pcall(error, "msg", 2))',
      'out(string.format("%5.1f|%-5d|%05.1f", 3.14159, 42, -2.5))',
      'out(tostring(1e15), tostring(1e16), tostring(-0), 2^63, 123456789012)',
      'for k, v in ipairs({"p", "q", nil, "r"}) do out(k, v) end',
      'do local t = {} for i = 10, 1, -3 do t[#t + 1] = i end out(unpack(t)) end',
      'for i = 1, 0 do out("never") end',
      'out(string.rep("ab", 3, nil), ("x"):upper(), #"hello")'),
  ];
  if (depth <= 0) return fc.oneof(...simple);
  const inner = block(depth - 1, inLoop);
  const body = fc.array(inner, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('\n'));
  const loopBody = fc.array(block(depth - 1, true), { minLength: 1, maxLength: 3 }).map((ss) => ss.join('\n'));
  return fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...simple) },
    { weight: 1, arbitrary: fc.tuple(e, body, body).map(([c, t, f]) => `if ${c} then\n${t}\nelse\n${f}\nend`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -2, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('1', '2', '-1', '0.5'), loopBody).map(([s, n, st, b]) => `for i = ${s}, ${n}, ${st} do\n${b}\nend`) },
    { weight: 1, arbitrary: body.map((b) => `do\n${b}\nend`) },
    { weight: 1, arbitrary: body.map((b) => `out(pcall(function()\n${b}\nend))`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), body).map(([n, b]) => `${n} = function(...)\n${b}\nreturn ...\nend`) },
    ...(inLoop ? [{ weight: 1, arbitrary: e.map((c) => `if ${c} then break end`) }] : []),
  );
}

/**
 * A top-level statement, usually run under pcall with its error printed, so that one failing
 * statement does not end the program (the error text is still compared); sometimes bare, so
 * that uncaught errors and the interpreter's exit status are exercised too.
 */
const topStatement = fc.tuple(block(2, false), fc.integer({ min: 0, max: 9 })).map(([st, r]) =>
  r < 8 ? `do local ok, e = pcall(function()\n${st}\nend) if not ok then out("E", e) end end` : st,
);

/** A whole program: the prelude, then 1–10 statements. */
export const luaProgram: fc.Arbitrary<string> = fc
  .array(topStatement, { minLength: 1, maxLength: 10 })
  .map((stmts) => `${PRELUDE}\n${stmts.join('\n')}\n`);

/** Random bytes, and random Lua-looking token soup, for robustness properties. */
export const luaTokenSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('local', 'function', 'end', 'if', 'then', 'else', 'for', 'in', 'do', 'while', 'repeat', 'until', 'return', 'break', '(', ')', '{', '}', '[', ']', '[[', ']]', '[==[', '=', '==', '..', '...', ',', ';', ':', '.', 'x', '1', '0x', '1e', '"s', '"', "'", '--', '--[[', '\n', ' ', '#', '-', '+', '%', '^', 'and', 'or', 'not', 'nil', '\\', '\\300'), { maxLength: 40 })
  .map((ts) => ts.join(' '));
