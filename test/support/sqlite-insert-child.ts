// Another process writing the SQLite file a test holds a snapshot of (test/store-snapshot.test.ts).
import { openSqliteDriver } from '../../src/store/sqlite-driver.ts';

const db = openSqliteDriver(process.argv[2]!);
await db.run('INSERT INTO snap_t VALUES (2)');
await db.close();
