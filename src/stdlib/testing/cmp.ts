// Developer tool: `npx tsx src/stdlib/testing/cmp.ts file.lua...` prints differences between
// lua5.1 and our engine for each fixture.
import { runReference, runOurs } from './run.js';
import { resolve } from 'node:path';

let fails = 0;
for (const f of process.argv.slice(2)) {
  const file = resolve(f);
  const ref = runReference(file);
  let ours;
  try {
    ours = runOurs(file);
  } catch (e) {
    console.log(`CRASH ${f}: ${(e as Error).stack}`);
    fails++;
    continue;
  }
  if (ref.stdout === ours.stdout && ref.error === ours.error) {
    console.log(`ok   ${f}`);
    continue;
  }
  fails++;
  console.log(`FAIL ${f}`);
  const a = ref.stdout.split('\n');
  const b = ours.stdout.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      console.log(`  line ${i + 1}:\n    lua5.1: ${JSON.stringify(a[i])}\n    ours:   ${JSON.stringify(b[i])}`);
      break;
    }
  }
  if (ref.error !== ours.error) console.log(`  error:\n    lua5.1: ${JSON.stringify(ref.error)}\n    ours:   ${JSON.stringify(ours.error)}`);
}
process.exit(fails ? 1 : 0);
