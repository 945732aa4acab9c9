// One statement on the PostgreSQL server the PostgreSQL tests run against (create or drop a database or a
// role), on a connection of its own.
import pg from 'pg';

export async function pgAdmin(serverUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
