// Adapter for redlua's own engine, loaded from dist/ (run `npm run build` first).
//
// Preferred path: the VM's public API (src/vm/index.ts, see src/vm/README.md):
//
//   const L = createState()                 // base + coroutine (+ whatever it opens)
//   L.stdout = write                         // print's output
//   L.heap.memoryLimit = bytes               // `not enough memory` beyond it
//   const fn = loadChunk(L, source, '@name') // throws LuaError on a syntax error
//   const r = pcallHost(L, fn, [])           // { ok } | { ok: false, error }
//
// The libraries createState does not open are opened as lua5.1 opens them, with
// dist/stdlib/openlibs.js openStandaloneLibs (or per library, dist/stdlib/<lib>.js open<Lib>). If the VM API is missing, the adapter probes generic shapes (createState /
// LuaState with load+call methods) and, last, the conformance host
// (dist/conformance/engine-host.js, runLuaCase). Whatever is missing is reported as
// "unavailable (reason)", never thrown.
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

const MODULES = ['index.js', 'vm/state.js', 'vm/api.js', 'vm/lua.js'];
const FACTORIES = ['createState', 'newState', 'newLuaState'];
const CLASSES = ['LuaState', 'State', 'Lua'];

async function tryImport(rel) {
  const file = join(DIST, rel);
  if (!existsSync(file)) return { mod: null, why: `${rel} missing` };
  try {
    return { mod: await import(pathToFileURL(file).href), why: null };
  } catch (e) {
    return { mod: null, why: `${rel}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function errText(e) {
  if (e == null) return String(e);
  if (typeof e === 'string') return e;
  if (e instanceof Error) return e.message;
  // LuaError-like objects carry the Lua value
  for (const k of ['message', 'msg', 'value', 'luaValue']) {
    if (typeof e[k] === 'string') return e[k];
  }
  return String(e);
}

/** Make a state from a module, or null. */
function makeStateFactory(mod) {
  for (const f of FACTORIES) {
    if (typeof mod[f] === 'function') return { how: f, make: (opts) => mod[f](opts) };
  }
  for (const c of CLASSES) {
    if (typeof mod[c] === 'function') return { how: `new ${c}`, make: (opts) => new mod[c](opts) };
  }
  return null;
}

function hookOutput(state, write) {
  for (const m of ['setPrint', 'setStdout', 'setOutput', 'setWriter']) {
    if (typeof state[m] === 'function') { state[m](write); return true; }
  }
  return false;
}

function hookMemory(state, limit) {
  for (const m of ['setMemoryLimit', 'setMaxMemory', 'setMemLimit']) {
    if (typeof state[m] === 'function') { state[m](limit); return true; }
  }
  if ('memoryLimit' in state) { state.memoryLimit = limit; return true; }
  return false;
}

/** Opens the standard libraries createState left closed, from whatever dist/stdlib offers. */
async function stdlibOpener() {
  const opened = [];
  // lua5.1's luaL_openlibs: dist/stdlib/openlibs.js openStandaloneLibs (or an index module)
  let all;
  for (const rel of ['stdlib/openlibs.js', 'stdlib/index.js']) {
    const m = await tryImport(rel);
    all ??= m.mod && ['openStandaloneLibs', 'openLibs', 'openAll', 'openStdlib', 'openStandardLibs'].map((n) => m.mod[n]).find((f) => typeof f === 'function');
  }
  const index = await tryImport('stdlib/index.js');
  const per = [];
  for (const [lib, file, fnName] of [['string', 'string', 'openString'], ['table', 'table', 'openTable'],
    ['math', 'math', 'openMath'], ['os', 'os', 'openOs'], ['io', 'io', 'openIo']]) {
    const m = await tryImport(`stdlib/${file}.js`);
    const f = m.mod?.[fnName] ?? index.mod?.[fnName];
    if (typeof f === 'function') per.push([lib, f]);
  }
  return (L, getGlobal) => {
    const missing = () => ['string', 'table', 'math'].filter((g) => getGlobal(L, g) == null);
    if (missing().length && all) { all(L); opened.push('all'); }
    for (const [lib, f] of per) if (getGlobal(L, lib) == null) { f(L); opened.push(lib); }
    return missing();
  };
}

/** The VM's own host API (dist/vm/index.js), or null when it is not there. */
async function vmApi(version, reasons) {
  const { mod, why } = await tryImport('vm/index.js');
  if (!mod) { reasons.push(why); return null; }
  const need = ['createState', 'loadChunk', 'pcallHost'];
  const lacking = need.filter((n) => typeof mod[n] !== 'function');
  if (lacking.length) { reasons.push(`vm/index.js lacks ${lacking.join(', ')}`); return null; }
  const openMissing = await stdlibOpener();
  const getGlobal = typeof mod.getGlobal === 'function' ? mod.getGlobal : (L, n) => L.globals.get(n);
  const errorText = typeof mod.errorText === 'function' ? mod.errorText : (v) => String(v);
  const notes = [];
  let noted = false;
  return {
    name: 'builtin',
    version: `${version} (dist/vm/index.js)`,
    notes,
    async run(source, chunkName, opts = {}) {
      const write = opts.write ?? ((s) => process.stdout.write(Buffer.from(s, 'latin1')));
      const L = mod.createState();
      const missing = openMissing(L, getGlobal);
      if (!noted) {
        noted = true;
        if (missing.length) notes.push(`standard libraries not available yet: ${missing.join(', ')}`);
      }
      if ('stdout' in L) L.stdout = write;
      else if (!notes.includes('no L.stdout: print output not captured')) notes.push('no L.stdout: print output not captured');
      if (opts.memoryLimit) {
        if (L.heap && 'memoryLimit' in L.heap) L.heap.memoryLimit = opts.memoryLimit;
        else if (!notes.some((n) => n.startsWith('no memory limit'))) notes.push('no memory limit option (L.heap.memoryLimit) in this engine build');
      }
      let fn;
      try {
        fn = mod.loadChunk(L, source, '@' + chunkName);
      } catch (e) {
        return { ok: false, error: e && typeof e === 'object' && 'value' in e ? errorText(e.value) : errText(e) };
      }
      try {
        const r = mod.pcallHost(L, fn, []);
        return r.ok ? { ok: true } : { ok: false, error: errorText(r.error) };
      } catch (e) {
        // LuaMemoryError may escape pcallHost as a host exception
        return { ok: false, error: e && typeof e === 'object' && 'value' in e ? errorText(e.value) : errText(e) };
      }
    },
  };
}

/** @returns {Promise<import('./types.mjs').Engine | { unavailable: string }>} */
export async function create() {
  const reasons = [];
  let version = 'redlua';
  const v = await tryImport('version.js');
  if (v.mod) version = `redlua ${v.mod.VERSION ?? v.mod.version ?? ''}`.trim();

  const api = await vmApi(version, reasons);
  if (api) return api;

  for (const rel of MODULES) {
    const { mod, why } = await tryImport(rel);
    if (!mod) { reasons.push(why); continue; }
    const factory = makeStateFactory(mod);
    if (!factory) { reasons.push(`${rel} has no ${FACTORIES.join('/')}/${CLASSES.join('/')}`); continue; }
    const notes = [];
    let probed = false;
    return {
      name: 'builtin',
      version: `${version} (${rel} ${factory.how})`,
      notes,
      async run(source, chunkName, opts = {}) {
        const write = opts.write ?? ((s) => process.stdout.write(s));
        const options = { stdout: write, print: write, write, openLibs: true };
        if (opts.memoryLimit) { options.memoryLimit = opts.memoryLimit; options.maxMemory = opts.memoryLimit; }
        let state;
        try {
          state = await factory.make(options);
        } catch (e) {
          return { ok: false, error: `createState failed: ${errText(e)}` };
        }
        if (!probed) {
          probed = true;
          if (!hookOutput(state, write)) notes.push('no print hook found: relying on the engine writing to process.stdout');
        } else hookOutput(state, write);
        if (opts.memoryLimit && !hookMemory(state, opts.memoryLimit) && !('memoryLimit' in options && state.memoryLimit !== undefined)) {
          notes.push('memory limit passed only as a createState option (no setMemoryLimit found)');
        }
        try {
          const load = state.load ?? state.loadString ?? state.loadstring;
          const call = state.call ?? state.pcall;
          if (typeof load !== 'function' || typeof call !== 'function') {
            if (typeof state.doString === 'function') { await state.doString(source, chunkName); return { ok: true }; }
            return { ok: false, error: 'state has no load/call (or doString) method' };
          }
          const fn = await load.call(state, source, '@' + chunkName);
          const r = await call.call(state, fn);
          // pcall-style APIs return a status instead of throwing
          if (r && typeof r === 'object' && 'ok' in r && r.ok === false) return { ok: false, error: errText(r.error ?? r.message) };
          return { ok: true };
        } catch (e) {
          return { ok: false, error: errText(e) };
        } finally {
          if (typeof state.close === 'function') try { state.close(); } catch { /* ignore */ }
        }
      },
    };
  }

  // Last resort: the conformance harness's host, which runs a file like `lua5.1 <file>`.
  const host = await tryImport('conformance/engine-host.js');
  if (host.mod && typeof host.mod.runLuaCase === 'function') {
    const runLuaCase = host.mod.runLuaCase;
    return {
      name: 'builtin',
      version: `${host.mod.ENGINE_VERSION ?? version} (conformance engine-host)`,
      notes: ['run through conformance/engine-host.js runLuaCase: no memory limit option, output buffered'],
      async run(source, chunkName, opts = {}) {
        const write = opts.write ?? ((s) => process.stdout.write(s));
        const dir = mkdtempSync(join(tmpdir(), 'redlua-bench-'));
        const file = join(dir, chunkName);
        try {
          writeFileSync(file, source, 'latin1');
          const c = { kind: 'lua', id: chunkName, file, source, negative: null, flags: [], meta: {} };
          const r = await runLuaCase(c);
          if (r.stdout) write(r.stdout);
          return r.error == null && !r.exit ? { ok: true } : { ok: false, error: String(r.error ?? `exit ${r.exit}`) };
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }
  reasons.push(host.why ?? 'conformance/engine-host.js has no runLuaCase');
  return { unavailable: reasons.join('; ') };
}
