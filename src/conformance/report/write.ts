// Writes reports/<slug>/{results.json,summary.md,junit.xml,index.html}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResults } from '../results.js';
import { coverage, loadSpecItems } from '../spec-items.js';
import { loadCase, CorpusError } from '../case.js';
import { discoverCaseFiles } from '../discover.js';
import { renderMarkdown } from './markdown.js';
import { renderJunit } from './junit.js';
import { renderHtml } from './html.js';

/** Coverage counts every case of the whole corpus, whatever the run selected. */
function corpusSpecs(): string[][] {
  const out: string[][] = [];
  for (const f of discoverCaseFiles([])) {
    try {
      out.push(loadCase(f).spec);
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
    }
  }
  return out;
}

export function writeReports(dir: string, r: RunResults): string[] {
  mkdirSync(dir, { recursive: true });
  const cov = coverage(loadSpecItems(), corpusSpecs());
  const files: [string, string][] = [
    ['results.json', JSON.stringify(r, null, 1) + '\n'],
    ['summary.md', renderMarkdown(r, cov)],
    ['junit.xml', renderJunit(r)],
    ['index.html', renderHtml(r, cov)],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([n]) => join(dir, n));
}
