/**
 * Progress for long commands: on stderr only, only when stderr is a terminal, and cleared when done,
 * so it never mixes with the results on stdout nor overwrites them.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progressBar(verb: string, unit: string): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true, format: `${verb} [{bar}] {value}/{total} ${unit}` }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
