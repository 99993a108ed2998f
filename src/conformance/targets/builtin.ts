// `builtin` (run the corpus on redlua's engine) and `builtin-luac` (compare our listings
// with luac5.1's). Cases run in worker threads; a case over its time limit costs its
// worker, which is replaced.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Case } from '../case.js';
import type { Expectation } from '../expectation.js';
import { loadBuiltinEngine, type BuiltinEngine } from '../builtin-engine.js';
import type { WorkerRequest, WorkerResponse } from '../builtin-worker.js';
import { listingSkipReason } from './luac-cli.js';
import { TargetUnavailable, type RunOutcome, type Target } from './target.js';

const WORKER_URL = new URL('../builtin-worker.js', import.meta.url);

class WorkerSlot {
  private worker: Worker | null = null;
  private seq = 0;

  private spawn(): Worker {
    const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 16 } });
    w.unref();
    return w;
  }

  run(mode: WorkerRequest['mode'], c: Case, timeoutMs: number): Promise<RunOutcome> {
    const w = (this.worker ??= this.spawn());
    const seq = ++this.seq;
    return new Promise((resolveOutcome) => {
      const done = (o: RunOutcome, kill: boolean): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          void w.terminate();
          this.worker = null;
        }
        resolveOutcome(o);
      };
      const onMessage = (m: WorkerResponse): void => {
        if (m.seq === seq) done(m.outcome, false);
      };
      const onError = (e: Error): void => done({ kind: 'error', reason: `worker crashed: ${e.message}` }, true);
      const onExit = (code: number): void => done({ kind: 'error', reason: `worker exited (${code})` }, true);
      const timer = setTimeout(() => done({ kind: 'timeout' }, true), timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ seq, mode, case: c } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
  }
}

abstract class BuiltinBase implements Target {
  abstract readonly name: string;
  abstract readonly slug: string;
  readonly concurrency = Math.max(1, Math.min(4, availableParallelism()));
  protected engine: BuiltinEngine | null = null;
  private readonly slots: WorkerSlot[] = [];
  private free: WorkerSlot[] = [];

  protected abstract check(engine: BuiltinEngine): string | null;

  async prepare(): Promise<void> {
    this.engine = await loadBuiltinEngine();
    const missing = this.check(this.engine);
    if (missing !== null) throw new TargetUnavailable(missing);
    for (let i = 0; i < this.concurrency; i++) this.slots.push(new WorkerSlot());
    this.free = [...this.slots];
  }

  version(): string {
    return this.engine?.version ?? 'redlua';
  }

  abstract skipReason(c: Case, e: Expectation): string | null;

  protected async inWorker(mode: WorkerRequest['mode'], c: Case, timeoutMs: number): Promise<RunOutcome> {
    const slot = this.free.pop() ?? new WorkerSlot();
    try {
      return await slot.run(mode, c, timeoutMs);
    } finally {
      this.free.push(slot);
    }
  }

  abstract run(c: Case, e: Expectation, timeoutMs: number): Promise<RunOutcome>;

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.close()));
  }
}

export class BuiltinTarget extends BuiltinBase {
  readonly name = 'builtin';
  readonly slug = 'builtin';

  protected check(e: BuiltinEngine): string | null {
    return e.runLua || e.redisCase ? null : 'the built-in engine is not available yet (no VM and no Redis layer)';
  }

  skipReason(c: Case): string | null {
    const e = this.engine;
    if (c.kind === 'redis' || c.flags.includes('redis')) {
      return e?.redisCase ? null : 'the built-in Redis layer is not available yet';
    }
    if (c.flags.includes('no-run')) return 'listing-only case';
    return e?.runLua ? null : 'the built-in VM is not available yet';
  }

  run(c: Case, _e: Expectation, timeoutMs: number): Promise<RunOutcome> {
    return this.inWorker('run', c, timeoutMs);
  }
}

export class BuiltinLuacTarget extends BuiltinBase {
  readonly name = 'builtin-luac';
  readonly slug = 'builtin-luac';

  protected check(e: BuiltinEngine): string | null {
    return e.listing ? null : 'the built-in compiler is not available yet';
  }

  skipReason(c: Case, e: Expectation): string | null {
    return listingSkipReason(c, e);
  }

  run(c: Case, _e: Expectation, timeoutMs: number): Promise<RunOutcome> {
    return this.inWorker('listing', c, timeoutMs);
  }
}
