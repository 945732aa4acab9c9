/**
 * `serve --checkpoints FILE`: the running server signs the chain's head now and then (when it moved) and
 * once more on shutdown. Each checkpoint verifies only the entries since the one before (the earlier ones
 * are held by the earlier checkpoint, which `audit verify --checkpoints` checks).
 */
import type { SqlExec } from '../../store/index.ts';
import type { SigningKey } from './audit-key.ts';
import type { ChainPoint } from './audit-log.ts';
import { appendCheckpoint, signHeadFor, type Checkpoint } from './checkpoints.ts';

export class Checkpointer {
  private verified: ChainPoint | undefined;
  private writtenSeq: number | undefined;
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: SqlExec,
    private readonly key: SigningKey,
    private readonly file: string,
    private readonly report: (problem: unknown, written?: Checkpoint) => void,
  ) {}

  /** Sign the head if it moved since the last checkpoint written (or always, `force`). Never two at once. */
  async tick(force = false): Promise<void> {
    while (this.running) await this.running;
    this.running = (async () => {
      try {
        // The first walk holds the chain to the file's earlier checkpoints' `macFrom` as well.
        const c = await signHeadFor(this.db, this.key, this.file, this.verified);
        this.verified = { seq: c.seq, hash: c.hash, ...(c.macFrom !== undefined && { macFrom: c.macFrom }) };
        if (force || c.seq !== this.writtenSeq) {
          appendCheckpoint(this.file, c);
          this.writtenSeq = c.seq;
          this.report(undefined, c);
        }
      } catch (e) {
        this.report(e);
      }
    })();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  /** Stop the timer and write the last checkpoint. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.tick(true);
  }
}
