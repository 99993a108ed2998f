// A conformance case as read from the corpus (format: conformance/INTERPRETING.md).
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, join, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CORPUS_DIR } from './paths.js';

export type Negative = false | { phase: 'parse' | 'runtime' };

interface CaseBase {
  /** Path below conformance/ without extension, with forward slashes. */
  id: string;
  /** Absolute path of the case file. */
  file: string;
  description: string;
  spec: string[];
  features: string[];
  flags: string[];
}

export interface LuaCase extends CaseBase {
  kind: 'lua';
  negative: Negative;
  /** The whole file, as bytes (latin1 string). */
  source: string;
}

/** One command: its arguments as byte strings. */
export type Argv = string[];

export interface RedisCase extends CaseBase {
  kind: 'redis';
  resp: 2 | 3;
  setup: Argv[];
  steps: Argv[];
  /** Whether the EVAL steps are also run as FUNCTION LOAD + FCALL. */
  fcall: boolean;
}

export type Case = LuaCase | RedisCase;

export class CorpusError extends Error {}

export function caseId(file: string): string {
  const rel = relative(CORPUS_DIR, file).split('\\').join('/');
  return rel.slice(0, rel.length - extname(rel).length);
}

export function expectationPath(file: string): string {
  return join(dirname(file), basename(file, extname(file)) + '.expected.yaml');
}

function strings(v: unknown, what: string, file: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new CorpusError(`${file}: '${what}' must be a list`);
  return v.map((x) => String(x));
}

/** The YAML front-matter of a Lua case: a leading long comment `--[=*[ ... ]=*]`. */
export function frontMatter(source: string, file: string): Record<string, unknown> {
  const m = /^--\[(=*)\[/.exec(source);
  if (!m) throw new CorpusError(`${file}: a Lua case starts with a long comment holding YAML front-matter`);
  const close = `]${m[1]}]`;
  const end = source.indexOf(close, m[0].length);
  if (end < 0) throw new CorpusError(`${file}: unterminated front-matter comment`);
  const parsed: unknown = parseYaml(source.slice(m[0].length, end));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CorpusError(`${file}: front-matter must be a YAML mapping`);
  }
  return parsed as Record<string, unknown>;
}

function parseNegative(v: unknown, file: string): Negative {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'object' && v !== null && 'phase' in v) {
    const phase = (v as { phase: unknown }).phase;
    if (phase === 'parse' || phase === 'runtime') return { phase };
  }
  throw new CorpusError(`${file}: 'negative' must be false or {phase: parse|runtime}`);
}

export function loadLuaCase(file: string): LuaCase {
  const source = readFileSync(file).toString('latin1');
  const fm = frontMatter(source, file);
  if (typeof fm['description'] !== 'string') throw new CorpusError(`${file}: 'description' is required`);
  return {
    kind: 'lua',
    id: caseId(file),
    file,
    description: fm['description'],
    spec: strings(fm['spec'], 'spec', file),
    features: strings(fm['features'], 'features', file),
    flags: strings(fm['flags'], 'flags', file),
    negative: parseNegative(fm['negative'], file),
    source,
  };
}

function argvList(v: unknown, what: string, file: string): Argv[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new CorpusError(`${file}: '${what}' must be a list of commands`);
  return v.map((cmd, i) => {
    if (!Array.isArray(cmd) || cmd.length === 0) {
      throw new CorpusError(`${file}: ${what}[${i}] must be a non-empty list of arguments`);
    }
    return cmd.map((a) => {
      const s = typeof a === 'number' ? String(a) : typeof a === 'string' ? a : JSON.stringify(a);
      // Each character is one byte on the wire (latin1): UTF-8 text is spelled as bytes.
      if (/[^\x00-\xff]/.test(s)) throw new CorpusError(`${file}: ${what}[${i}] has a character above \\xff; write bytes as "\\xNN" escapes`);
      return s;
    });
  });
}

export function isEvalStep(argv: Argv): boolean {
  const c = argv[0]?.toUpperCase();
  return c === 'EVAL' || c === 'EVAL_RO';
}

export function loadRedisCase(file: string): RedisCase {
  // Read as latin1 so \x escapes and raw bytes both reach the wire unchanged.
  const text = readFileSync(file, 'utf8');
  const doc: unknown = parseYaml(text);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CorpusError(`${file}: a Redis case is a YAML mapping`);
  }
  const d = doc as Record<string, unknown>;
  if (typeof d['description'] !== 'string') throw new CorpusError(`${file}: 'description' is required`);
  const resp = d['resp'] ?? 2;
  if (resp !== 2 && resp !== 3) throw new CorpusError(`${file}: 'resp' must be 2 or 3`);
  const steps = argvList(d['steps'], 'steps', file);
  if (steps.length === 0) throw new CorpusError(`${file}: 'steps' must not be empty`);
  const fcallWanted = d['function'] !== false;
  return {
    kind: 'redis',
    id: caseId(file),
    file,
    description: d['description'],
    spec: strings(d['spec'], 'spec', file),
    features: strings(d['features'], 'features', file),
    flags: strings(d['flags'], 'flags', file),
    resp,
    setup: argvList(d['setup'], 'setup', file),
    steps,
    fcall: fcallWanted && steps.some(isEvalStep),
  };
}

export function loadCase(file: string): Case {
  if (file.endsWith('.lua')) return loadLuaCase(file);
  return loadRedisCase(file);
}
