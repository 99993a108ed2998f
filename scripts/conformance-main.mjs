// The main job (README): run the conformance suite against the built-in engine, writing
// reports/builtin/. Where a part of the engine is not available yet, the cases it would run
// are reported as skipped with that reason, and the references that are installed are run
// too so the corpus itself is exercised; the last lines say plainly which targets ran.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const extra = process.argv.slice(2);
const ran = [];
let status = 0;

function run(target) {
  const r = spawnSync(process.execPath, [cli, 'conformance', 'run', '--target', target, ...extra], { stdio: 'inherit' });
  ran.push(`${target}: ${r.status === 0 ? 'all run cases passed' : r.status === 3 ? 'unavailable' : 'some cases did not pass'}`);
  return r.status ?? 1;
}

const builtin = run('builtin');
if (builtin !== 0) status = builtin;
if (builtin === 3) {
  for (const [target, bin] of [['lua:lua5.1', 'lua5.1'], ['luac:luac5.1', 'luac5.1']]) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0) run(target);
  }
}
process.stdout.write(`\ntargets run:\n${ran.map((l) => `  ${l}`).join('\n')}\n`);
process.exit(status);
