/**
 * Whether a server could listen at host:port now: bound for a moment and let go. A command that listens tries this
 * before it opens or creates a database, so a start that cannot listen (a busy port, an address not on this machine)
 * makes no database (hostile new user). The server binds again for real afterwards.
 */
import { createServer } from 'node:net';

/** The error listening gives (EADDRINUSE, EADDRNOTAVAIL, …), or undefined when it can listen. */
export async function tryListen(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
