// `redlua luac`: luac5.1 (luac.c of Lua 5.1.5) on our compiler.
//   -l (twice: full listing), -p (parse only), -o name (binary chunk, "-" = stdout),
//   -s (strip debug info from the binary chunk), -v (version), -- (end of options),
//   binary chunks as input (undumped, listed, combined, dumped again),
//   - (stdin). Several inputs are combined into one main function "=(luac)" that calls each
//   in turn, as luac.c's combine() does. With -l or -p and no input, "luac.out" is read.
// Messages are luac.c's, prefixed with the program name: "luac" by default (luac.c's
// PROGNAME); luac5.1 prints its argv[0] there ("luac5.1"), so compare after replacing it.
// Exit status: 0, or 1 on any error (EXIT_FAILURE).

import { readFileSync, writeFileSync } from 'node:fs';
import { dumpProto } from '../chunk/dump.js';
import { formatListing } from '../chunk/listing.js';
import type { Proto } from '../chunk/proto.js';
import { undump, UndumpError } from '../chunk/undump.js';
import { createABC, createABx, Op } from '../spec/opcodes.js';
import { compile, LuaSyntaxError, skipShebang } from '../compiler/index.js';

const OUTPUT = 'luac.out';
const VERSION_LINE = 'Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio';
/** LUA_SIGNATURE[0]: a file starting with ESC is a binary chunk. */
const ESC = 0x1b;

/** Where luacMain reads and writes; tests pass their own. */
export interface LuacIo {
  stdout(bytes: string): Promise<void>;
  stderr(text: string): Promise<void>;
  readFile(path: string): Buffer;
  readStdin(): Promise<Buffer>;
  writeFile(path: string, data: Uint8Array): void;
}

function writeTo(stream: NodeJS.WriteStream, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    stream.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data, () => resolve());
  });
}

const nodeIo: LuacIo = {
  stdout: (s) => writeTo(process.stdout, s),
  stderr: (s) => writeTo(process.stderr, s),
  readFile: (p) => readFileSync(p),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    return Buffer.concat(chunks);
  },
  writeFile: (p, d) => writeFileSync(p, d),
};

/** Ends the run with a status after printing (luac.c's exit()). */
class Exit {
  constructor(readonly status: number) {}
}

function errnoText(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EACCES': return 'Permission denied';
    case 'EISDIR': return 'Is a directory';
    default: return e instanceof Error ? e.message : String(e);
  }
}

/** combine(): a main function "=(luac)" calling each input in turn. */
function combine(protos: Proto[]): Proto {
  if (protos.length === 1 && protos[0] !== undefined) return protos[0];
  const n = protos.length;
  const code = new Uint32Array(2 * n + 1);
  let pc = 0;
  for (let i = 0; i < n; i++) {
    code[pc++] = createABx(Op.CLOSURE, 0, i);
    code[pc++] = createABC(Op.CALL, 0, 1, 1);
  }
  code[pc++] = createABC(Op.RETURN, 0, 1, 0);
  return {
    source: '=(luac)',
    lineDefined: 0,
    lastLineDefined: 0,
    numUpvalues: 0,
    numParams: 0,
    isVararg: 0,
    maxStackSize: 1,
    code,
    k: [],
    p: protos,
    lineInfo: new Int32Array(0),
    locVars: [],
    upvalueNames: [],
    jit: null,
  };
}

/** Run luac with the arguments after the program name. Returns the exit status. */
export async function luacMain(argv: string[], progname = 'luac', io: LuacIo = nodeIo): Promise<number> {
  const usage = async (message: string): Promise<never> => {
    const first = message.startsWith('-')
      ? `${progname}: unrecognized option '${message}'\n`
      : `${progname}: ${message}\n`;
    await io.stderr(first
      + `usage: ${progname} [options] [filenames].\n`
      + 'Available options are:\n'
      + '  -        process stdin\n'
      + '  -l       list\n'
      + `  -o name  output to file 'name' (default is "${OUTPUT}")\n`
      + '  -p       parse only\n'
      + '  -s       strip debug information\n'
      + '  -v       show version information\n'
      + '  --       stop handling options\n');
    throw new Exit(1);
  };
  const fatal = async (message: string): Promise<never> => {
    await io.stderr(`${progname}: ${message}\n`);
    throw new Exit(1);
  };

  try {
    // doargs
    let listing = 0;
    let dumping = true;
    let stripping = false;
    let output: string | null = OUTPUT;
    let version = 0;
    const args = [...argv];
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i] ?? '';
      if (!a.startsWith('-')) break; // end of options; keep it
      if (a === '--') { // end of options; skip it
        ++i;
        if (version) ++version;
        break;
      }
      if (a === '-') break; // end of options; use stdin
      if (a === '-l') ++listing;
      else if (a === '-o') {
        const o = args[++i];
        if (o === undefined || o === '') await usage("'-o' needs argument");
        output = o === '-' ? null : (o ?? OUTPUT);
      } else if (a === '-p') dumping = false;
      else if (a === '-s') stripping = true;
      else if (a === '-v') ++version;
      else await usage(a);
    }
    if (i === args.length && (listing || !dumping)) {
      dumping = false;
      args.push(OUTPUT);
    }
    if (version) {
      await io.stdout(VERSION_LINE + '\n');
      if (version === argv.length) return 0;
    }
    const files = args.slice(i);
    if (files.length === 0) await usage('no input files given');

    // pmain: load every input (luaL_loadfile)
    const protos: Proto[] = [];
    for (const file of files) {
      const chunkName = file === '-' ? '=stdin' : '@' + file;
      const shown = file === '-' ? 'stdin' : file;
      let bytes: Buffer;
      try {
        bytes = file === '-' ? await io.readStdin() : io.readFile(file);
      } catch (e) {
        // fopen succeeds on a directory; the first getc then fails ("cannot read")
        const what = (e as { code?: unknown }).code === 'EISDIR' ? 'read' : 'open';
        return await fatal(`cannot ${what} ${shown}: ${errnoText(e)}`);
      }
      // luaL_loadfile: a first line starting with '#' is skipped; a file whose next byte is
      // ESC is reopened as binary and read from its first ESC; lua_load undumps a chunk
      // whose first byte is ESC
      const raw = bytes.toString('latin1');
      const text = skipShebang(raw);
      const skipped = text !== raw;
      const binary = skipped
        ? file !== '-' && text.charCodeAt(1) === ESC
        : raw.charCodeAt(0) === ESC;
      try {
        if (binary) {
          protos.push(undump(Buffer.from(raw.slice(raw.indexOf('\x1b')), 'latin1'), chunkName));
        } else {
          protos.push(compile(text, chunkName));
        }
      } catch (e) {
        if (e instanceof LuaSyntaxError || e instanceof UndumpError) return await fatal(e.message);
        throw e;
      }
    }
    const f = combine(protos);
    if (listing) await io.stdout(formatListing(f, listing > 1));
    if (dumping) {
      const data = dumpProto(f, stripping);
      if (output === null) await io.stdout(Buffer.from(data).toString('latin1'));
      else {
        try {
          io.writeFile(output, data);
        } catch (e) {
          return await fatal(`cannot open ${output}: ${errnoText(e)}`);
        }
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
}
