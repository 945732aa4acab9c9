/**
 * `serve --checkpoints FILE`: the running server signs the chain's head now and then (when it moved) and
 * once more on shutdown. Every tick verifies the whole log as `audit verify --checkpoints` does (sign-head.ts) and
 * signs only when the head moved. No tick is skipped on the head row's word: whoever rewrites the log can write
 * that row back to what the last tick saw (security review, HIGH: a forged admin kept being served), and a halted
 * service is lifted only by a walk that finds the log whole again.
 */
import type { SqlExec } from '../../store/index.ts';
import type { SigningKey } from './audit-key.ts';
import type { ChainPoint } from './audit-log.ts';
import { appendCheckpoint, type Checkpoint } from './checkpoints.ts';
import { signHeadFor } from './sign-head.ts';

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

  /** Verify the log; sign the head if it moved since the last checkpoint written (or always, `force`). Never two at once. */
  async tick(force = false): Promise<void> {
    while (this.running) await this.running;
    this.running = (async () => {
      try {
        // Every walk verifies the whole log against the file's checkpoints and the tables first: a head set back
        // under a checkpoint, or tables the log disagrees with, are reported and never signed (review 19, LOW-2).
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

/** What a running server logs of its checkpoints. */
export interface CheckpointLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * `serve --checkpoints FILE`: the checkpointer of a running service. A log that fails verification against the
 * file's checkpoints (an entry rewritten, the chain re-hashed and the head set anew by the database's owner) halts
 * the service: it acts on nothing forged (`Service.auditHalted`, every request but the probes refused, 503), until
 * the log verifies again (a backup restored). Before, it logged the failure every tick and went on serving, a
 * forged admin's key included (security review 30, LOW-2). A file it cannot write is logged, not halted for.
 */
export function watchCheckpoints(svc: { driver: SqlExec; auditHalted?: string }, key: SigningKey, file: string, log: CheckpointLog): Checkpointer {
  return new Checkpointer(svc.driver, key, file, (problem, written) => {
    if (problem === undefined) {
      if (svc.auditHalted !== undefined) log.info({}, 'the audit log verifies again: the service acts again');
      delete svc.auditHalted;
      log.info({ seq: written?.seq, keyId: written?.keyId }, `audit checkpoint appended to ${file}`);
      return;
    }
    const verify = (problem as { verify?: { ok: boolean } }).verify;
    if (verify?.ok === false) {
      svc.auditHalted = `the audit log does not verify against the checkpoints in ${file}: ${(problem as Error).message}`;
      log.error({ err: problem }, `${svc.auditHalted}; the service acts on nothing until it does`);
    } else {
      log.error({ err: problem }, `audit checkpoint not written to ${file}`);
    }
  });
}
