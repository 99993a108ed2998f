// lua.c's interactive mode (dotty): "> " for a new statement, ">> " while the statement is
// incomplete (the syntax error ends at '<eof>'), a leading "=" means "return", results are
// printed with print, errors as "<prog>: message". Ends at end of input.
import { createInterface } from 'node:readline';
import { LuaError, loadChunk, pcallHost, errorText, type LuaState, type LuaValue } from '../vm/index.js';

export const LUA_BANNER = 'Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio';

/** luaL_loadbuffer with lua.c's incomplete() test: 'incomplete' asks for another line. */
function loadLine(L: LuaState, text: string): LuaValue | 'incomplete' | { error: string } {
  try {
    return loadChunk(L, text, '=stdin');
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    const msg = errorText(e.value);
    return msg.endsWith("'<eof>'") ? 'incomplete' : { error: msg };
  }
}

export async function repl(L: LuaState, prog: string, write: (s: string) => void, flush: () => void): Promise<void> {
  write(`${LUA_BANNER}\n`);
  flush();
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, prompt: '> ' });
  let pending: string | null = null;
  rl.prompt();
  for await (const raw of rl) {
    const line = Buffer.from(raw, 'utf8').toString('latin1');
    let text: string = pending === null ? line : `${pending}\n${line}`;
    if (pending === null && text.startsWith('=')) text = `return ${text.slice(1)}`;
    const f = loadLine(L, text);
    if (f === 'incomplete') {
      pending = text;
      rl.setPrompt('>> ');
      rl.prompt();
      continue;
    }
    pending = null;
    rl.setPrompt('> ');
    if (typeof f === 'object' && f !== null && 'error' in f) {
      write(`${prog}: ${f.error}\n`);
    } else {
      const r = pcallHost(L, f, [], true);
      if (!r.ok) {
        write(`${prog}: ${errorText(r.error)}${r.traceback !== undefined ? `\n${r.traceback}` : ''}\n`);
      } else if (r.values.length > 0) {
        const print = L.globals.get('print');
        const p = pcallHost(L, print, r.values);
        if (!p.ok) write(`${prog}: error calling 'print' (${errorText(p.error)})\n`);
      }
    }
    flush();
    rl.prompt();
  }
  write('\n');
  flush();
}
