// `npm run fuzz -- --minutes N [--seed S] [--path P] [files...]`: the long fuzzing mode.
// Every property in fuzz/ runs with a time budget instead of a fixed run count; a failure
// prints its seed and path (replay them with --seed/--path) and, for the differential
// properties, the shrunk program is kept under conformance/lua/fuzz/ and recorded.
// The properties run two at a time (vitest workers); the per-property budget is chosen so
// the whole run takes about N minutes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { minutes: { type: 'string', default: '10' }, seed: { type: 'string' }, path: { type: 'string' } },
});
const minutes = Number(values.minutes);
if (!(minutes > 0)) {
  console.error('fuzz: --minutes takes a positive number');
  process.exit(2);
}
const files = readdirSync(new URL('../fuzz/', import.meta.url)).filter((f) => f.endsWith('.test.ts'));
const properties = files.reduce((n, f) => n + (readFileSync(new URL(`../fuzz/${f}`, import.meta.url), 'utf8').match(/\bit\(/g) ?? []).length, 0);
const perProperty = Math.max(0.1, (minutes * 2) / Math.max(1, properties));
const env = { ...process.env, FUZZ_MINUTES: String(perProperty) };
if (values.seed) env.FUZZ_SEED = values.seed;
if (values.path) env.FUZZ_PATH = values.path;
console.log(`fuzz: ${properties} properties, ${perProperty.toFixed(2)} min each, about ${minutes} min in all`);
const r = spawnSync('npx', ['vitest', 'run', ...(positionals.length ? positionals : ['fuzz/'])], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
