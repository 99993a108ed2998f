#!/usr/bin/env node
// The `redlua` command: one verb per host of the engine. Every failure a user can cause
// (unknown verb, bad target, missing file, unreachable server) ends in one line on stderr
// and a non-zero exit status, never a stack trace.
import { UsageError } from './usage-error.js';
import { VERSION } from '../version.js';

const HELP = `redlua ${VERSION} — Lua 5.1 as Redis 7.0 embeds it, and its conformance suite

usage:
  redlua run FILE.lua [args]      run a Lua file like lua5.1 (also: redlua FILE.lua, redlua -, redlua -e CODE)
  redlua luac [options] FILES     compile like luac5.1 (-l, -l -l, -p, -o FILE, -s, -v, -)
  redlua server [--port N] [--bind ADDR] [--requirepass PW]
                                  a RESP server running Redis 7.0 scripting
  redlua conformance record [PATHS]          record expectations from lua5.1/luac5.1/redis-server 7.0
  redlua conformance run --target T [PATHS]  run the corpus against a target, write reports/<target>/
  redlua conformance check --target T [--update-baseline] [PATHS]
                                  run, then fail if a case passing in reports/baseline/ now fails
  redlua conformance list [PATHS]            list the cases
  redlua version | help

targets: builtin, lua:<command>, luac:<command>, builtin-luac, resp://host:port
`;

async function dispatch(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined) {
    const { runMain } = await import('./run.js');
    return runMain([]);
  }
  switch (verb) {
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return 0;
    case 'version':
    case '--version':
      process.stdout.write(`redlua ${VERSION}\n`);
      return 0;
    case 'run': {
      const { runMain } = await import('./run.js');
      return runMain(rest);
    }
    case 'luac': {
      const { luacMain } = await import('./luac.js');
      return luacMain(rest);
    }
    case 'server': {
      const { serverMain } = await import('./server.js');
      return serverMain(rest);
    }
    case 'conformance': {
      const { conformanceMain } = await import('../conformance/cli.js');
      return conformanceMain(rest);
    }
    default:
      // lua5.1-style invocations: `redlua -`, `redlua -e code`, `redlua file.lua args`.
      if (verb.startsWith('-') || verb.endsWith('.lua') || verb.endsWith('.luac')) {
        const { runMain } = await import('./run.js');
        return runMain(argv);
      }
      throw new UsageError(`unknown verb '${verb}' (try 'redlua help')`);
  }
}

/** A reader that goes away (`redlua ... | head`) ends the output quietly, as a C program would. */
function quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

async function main(): Promise<void> {
  quietOnEpipe(process.stdout);
  quietOnEpipe(process.stderr);
  let code: number;
  try {
    code = await dispatch(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`redlua: ${e.message}\n`);
      code = 2;
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`redlua: internal error: ${msg}\n`);
      if (process.env['REDLUA_DEBUG']) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
      code = 70;
    }
  }
  process.exitCode = code;
}

void main();
