// The spec items a report measures coverage against: every `id:` in spec/*.yaml, plus
// `op.<NAME>` for each opcode of spec/opcodes.yaml.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SPEC_DIR } from './paths.js';

export interface SpecItem {
  id: string;
  file: string;
  summary: string;
}

function walk(node: unknown, file: string, out: SpecItem[]): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, file, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  if (typeof rec['id'] === 'string') {
    const summary = rec['summary'] ?? rec['rule'] ?? rec['description'] ?? rec['signature'] ?? '';
    out.push({ id: rec['id'], file, summary: typeof summary === 'string' ? summary : '' });
  }
  for (const v of Object.values(rec)) walk(v, file, out);
}

export function loadSpecItems(): SpecItem[] {
  const out: SpecItem[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(SPEC_DIR).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return out;
  }
  for (const f of files) {
    const doc: unknown = parseYaml(readFileSync(join(SPEC_DIR, f), 'utf8'));
    if (f === 'opcodes.yaml') {
      const ops = (doc as { opcodes?: { name: string; meaning: string }[] }).opcodes ?? [];
      for (const o of ops) out.push({ id: `op.${o.name}`, file: f, summary: o.meaning });
    } else {
      walk(doc, f, out);
    }
  }
  const seen = new Set<string>();
  return out.filter((i) => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

export interface CoverageRow {
  item: SpecItem;
  cases: number;
}

/** Every spec item with its number of cases; items without cases first. */
export function coverage(items: SpecItem[], caseSpecs: string[][]): CoverageRow[] {
  const count = new Map<string, number>();
  for (const specs of caseSpecs) for (const s of specs) count.set(s, (count.get(s) ?? 0) + 1);
  return items
    .map((item) => ({ item, cases: count.get(item.id) ?? 0 }))
    .sort((a, b) => (a.cases === 0) !== (b.cases === 0) ? (a.cases === 0 ? -1 : 1) : a.item.id.localeCompare(b.item.id));
}
