// A worker thread running cases on the built-in engine. The parent kills and replaces it
// when a case exceeds its time limit, so a runaway script never stalls the run.
import { parentPort } from 'node:worker_threads';
import { loadBuiltinEngine } from './builtin-engine.js';
import type { Case } from './case.js';
import type { RunOutcome } from './targets/target.js';

export interface WorkerRequest {
  seq: number;
  mode: 'run' | 'listing';
  case: Case;
}
export interface WorkerResponse {
  seq: number;
  outcome: RunOutcome;
}

const enginePromise = loadBuiltinEngine();

async function handle(req: WorkerRequest): Promise<RunOutcome> {
  const engine = await enginePromise;
  const c = req.case;
  if (req.mode === 'listing') {
    if (c.kind !== 'lua' || !engine.listing) return { kind: 'error', reason: 'the built-in compiler is not available' };
    return { kind: 'ran', actual: { listing: engine.listing(c) } };
  }
  if (c.kind === 'redis') {
    if (!engine.redisCase) return { kind: 'error', reason: 'the built-in Redis layer is not available' };
    return { kind: 'ran', actual: { ...(await engine.redisCase(c)) } };
  }
  if (c.flags.includes('redis')) {
    if (!engine.luaOnRedis) return { kind: 'error', reason: 'the built-in Redis layer is not available' };
    return { kind: 'ran', actual: { reply: await engine.luaOnRedis(c) } };
  }
  if (!engine.runLua) return { kind: 'error', reason: 'the built-in VM is not available' };
  const r = await engine.runLua(c);
  return { kind: 'ran', actual: { stdout: r.stdout, exit: r.exit, error: r.error } };
}

parentPort?.on('message', (req: WorkerRequest) => {
  handle(req).then(
    (outcome) => parentPort?.postMessage({ seq: req.seq, outcome } satisfies WorkerResponse),
    (e: unknown) =>
      parentPort?.postMessage({
        seq: req.seq,
        outcome: { kind: 'error', reason: `engine crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` },
      } satisfies WorkerResponse),
  );
});
