import { describe, it, expect } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createState, startRun, setHook, pcallHost, HOOK_PAUSE, HOOK_CONTINUE, registerNative,
  getGlobal, LuaTable,
} from './index.js';
import { loadFixture } from './testing/load.js';
import { spawnSync } from 'node:child_process';
import { setDebugHook, MASK_CALL, MASK_RET, MASK_LINE } from './index.js';
import { getStack, shortSrc } from './debug.js';
import { haveLua51 } from './testing/differential.js';

const fx = (n: string): string => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', n);

describe.skipIf(!haveLua51())('pause / resume / kill (skipped without lua5.1)', () => {
  it('pauses at instruction boundaries and resumes to the same result', () => {
    const L = createState();
    const f = loadFixture(L, fx('unit/busy.lua'));
    L.heap.pin(f);
    const plain = pcallHost(L, f, []);
    expect(plain.ok).toBe(true);
    let pauses = 0;
    setHook(L, 10000, () => HOOK_PAUSE);
    let run = startRun(L, f, []);
    while (run.status === 'paused') {
      pauses++;
      run = run.resume();
    }
    expect(run.status).toBe('ok');
    expect(pauses).toBeGreaterThan(50);
    expect(run.values).toEqual(plain.ok ? plain.values : []);
  });

  it('pauses inside pcall, coroutines and Lua metamethods, never inside a nested run', () => {
    const L = createState();
    registerNative(L, 'nested', (L2) => {
      L2.push(L2.call(L2.arg(1), [], 1)[0]);
      return 1;
    });
    const f = loadFixture(L, fx('unit/busy_nested.lua'));
    L.heap.pin(f);
    const plain = pcallHost(L, f, []);
    expect(plain).toEqual({ ok: true, values: [50 * 2001000 + 200010000 + 12502500] });
    let pauses = 0;
    let ignored = 0;
    let inMetamethod = 0;
    setHook(L, 777, (L2) => {
      if (L2.execDepth > 1) ignored++;
      else if (L2.th.cis[L2.th.ci]!.finish !== 0) inMetamethod++;
      return HOOK_PAUSE;
    });
    let run = startRun(L, f, []);
    while (run.status === 'paused') {
      pauses++;
      run = run.resume();
    }
    expect(run.status).toBe('ok');
    expect(run.values).toEqual(plain.ok ? plain.values : []);
    expect(pauses).toBeGreaterThan(100);
    expect(ignored).toBeGreaterThan(0);
    expect(inMetamethod).toBeGreaterThan(0);
  });

  it('a hook can kill the script with an error', () => {
    const L = createState();
    const f = loadFixture(L, fx('unit/busy.lua'));
    let n = 0;
    setHook(L, 1000, (L2) => {
      if (++n === 5) L2.error('Script killed by user with SCRIPT KILL...');
      return HOOK_CONTINUE;
    });
    const run = startRun(L, f, []);
    expect(run.status).toBe('error');
    expect(String(run.error)).toMatch(/Script killed/);
  });
});

describe.skipIf(!haveLua51())('memory limit (skipped without lua5.1)', () => {
  it('raises not enough memory past the limit and collects afterwards', () => {
    const L = createState();
    const f = loadFixture(L, fx('unit/memory.lua'));
    L.heap.memoryLimit = 4 * 1024 * 1024;
    const r = pcallHost(L, f, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('not enough memory');
    L.heap.fullGC();
    expect(L.heap.totalBytes).toBeLessThan(1024 * 1024);
  });
});

describe.skipIf(!haveLua51())('debug hooks (skipped without lua5.1)', () => {
  it('call/return/line events are those lua5.1 delivers', () => {
    const dir = dirname(fx('unit/hooks_ref.lua'));
    const ref = spawnSync('lua5.1', ['hooks_ref.lua'], { cwd: dir, encoding: 'latin1' });
    const lines = ref.stdout.trim().split('\n');
    const refEvents = lines[lines.length - 1]!.split('|');
    const L = createState();
    L.stdout = () => {};
    const f = loadFixture(L, fx('unit/hooks_prog.lua'));
    const ev: string[] = [];
    setDebugHook(L, (L2, e, l) => {
      const idx = getStack(L2.th, 0);
      const src = idx === -2 ? '(tail call)' : shortSrc(L2.th.cis[idx]!);
      ev.push(`${e}:${l >= 0 ? l : 'nil'}:${src}`);
    }, MASK_CALL | MASK_RET | MASK_LINE);
    pcallHost(L, f, []);
    setDebugHook(L, null, 0);
    // the reference also sees sethook's own return (first) and the call of the final sethook()
    expect(ev).toEqual(refEvents.slice(1, -1));
  });
});

describe('native API', () => {
  it('natives receive arguments, return results and call back into Lua', () => {
    const L = createState();
    registerNative(L, 'twice', (L2, n) => {
      const f = L2.checkFunction(1);
      const r1 = L2.call(f, [L2.arg(2)], 1)[0];
      const r2 = L2.call(f, [r1], 1)[0];
      L2.push(r2);
      L2.push(n);
      return 2;
    });
    const inc = L.newNative('inc', (L2) => {
      L2.push(L2.checkNumber(1) + 1);
      return 1;
    });
    const r = pcallHost(L, getGlobal(L, 'twice'), [inc, 5]);
    expect(r).toEqual({ ok: true, values: [7, 2] });
    const bad = pcallHost(L, getGlobal(L, 'twice'), [1]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toBe("bad argument #1 to '?' (function expected, got number)");
    expect(getGlobal(L, '_G')).toBeInstanceOf(LuaTable);
  });
});
