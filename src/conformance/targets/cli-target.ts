// What the lua: and luac: targets share: a command-line program probed with `-v`, whose
// banner is the version shown in reports.
import { runProcess } from '../proc.js';
import { TargetUnavailable, slugOf } from './target.js';

export abstract class CliTarget {
  readonly slug: string;
  readonly concurrency = 4;
  private banner = '';

  constructor(readonly name: string, protected readonly command: string) {
    this.slug = slugOf(name);
  }

  async prepare(): Promise<void> {
    const r = await runProcess(this.command, ['-v'], { timeoutMs: 10_000 });
    if (r.spawnError !== undefined || r.exit === null) {
      throw new TargetUnavailable(`cannot run '${this.command}': ${r.spawnError ?? 'no exit status'}`);
    }
    this.banner = (r.stdout + r.stderr).split('\n')[0]?.trim() ?? this.command;
  }

  version(): string {
    return this.banner;
  }

  async close(): Promise<void> {}
}
