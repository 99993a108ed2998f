// Records bench/checksums.yaml: the output of every engine program (full size and test size)
// and every stdlib micro-benchmark, as lua5.1 prints it. Never type checksums by hand.
//
//   node bench/record-checksums.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BENCH, YAML, runMeasured, versionOf, which } from './lib.mjs';

export const TEST_SCALE = '0.05';

if (!which('lua5.1')) {
  process.stderr.write('lua5.1 is not installed (apt-get install -y lua5.1)\n');
  process.exit(1);
}

const list = (dir) => readdirSync(join(BENCH, dir)).filter((f) => f.endsWith('.lua')).map((f) => basename(f, '.lua')).sort();
const jobs = [];
for (const p of list('lua')) {
  jobs.push({ group: 'programs', name: p, key: 'full', file: join(BENCH, 'lua', `${p}.lua`), scale: '1' });
  jobs.push({ group: 'programs', name: p, key: 'test', file: join(BENCH, 'lua', `${p}.lua`), scale: TEST_SCALE });
}
for (const m of list('micro')) jobs.push({ group: 'micro', name: m, key: 'full', file: join(BENCH, 'micro', `${m}.lua`), scale: '1' });

const out = { programs: {}, micro: {} };
let next = 0;
let failed = false;
async function worker() {
  while (next < jobs.length) {
    const j = jobs[next++];
    const r = await runMeasured('lua5.1', [j.file, j.scale], { timeoutMs: 120_000 });
    if (r.code !== 0) { failed = true; process.stderr.write(`${j.name} (${j.scale}): ${r.stderr}\n`); continue; }
    (out[j.group][j.name] ??= {})[j.key] = r.stdout.replace(/\n$/, '');
  }
}
await Promise.all([worker(), worker()]);
if (failed) process.exit(1);

const sortKeys = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
const doc = {
  recorded: new Date().toISOString(),
  lua: versionOf('lua5.1', ['-v']),
  command: 'node bench/record-checksums.mjs',
  test_scale: TEST_SCALE,
  programs: sortKeys(Object.fromEntries(Object.entries(out.programs).map(([k, v]) => [k, { full: v.full, test: v.test }]))),
  micro: sortKeys(out.micro),
};
writeFileSync(join(BENCH, 'checksums.yaml'),
  '# The output of each benchmark program on lua5.1, recorded by `node bench/record-checksums.mjs`.\n'
  + '# `full` is scale 1 (what `npm run bench` runs), `test` is test_scale (what test/bench runs).\n'
  + YAML.stringify(doc, { lineWidth: 0 }));
process.stdout.write(`bench/checksums.yaml: ${Object.keys(out.programs).length} programs, ${Object.keys(out.micro).length} micro cases\n`);
