// The shape the PostgreSQL guard holds the tables to (src/store/schema-shape-expected.ts) is the shape the
// migrations make: every area migrated on PGlite, read back, compared. When a migration changes the tables this
// fails and prints the shape to paste in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrateAll } from '../src/app/service/db-role.ts';
import { readSchemaShape, shapeDeparture } from '../src/store/schema-shape.ts';
import { SCHEMA_SHAPE } from '../src/store/schema-shape-expected.ts';
import { openPgliteDriver } from '../src/store/pglite-driver.ts';

test('the expected schema shape is what the migrations make, in a schema of any name', async () => {
  for (const schema of [undefined, 'shape_test']) {
    const d = await openPgliteDriver(schema === undefined ? {} : { schema });
    try {
      await migrateAll(d);
      const found = await readSchemaShape(d);
      assert.deepEqual(found, SCHEMA_SHAPE, `the migrations changed the tables: set SCHEMA_SHAPE to\n${JSON.stringify(found, null, 2)}`);
      assert.equal(shapeDeparture(found, SCHEMA_SHAPE), undefined);
      // Each kind of departure is named.
      const retyped = { ...found, columns: { ...found.columns, 'vessel_list_imports.id': 'jsonb' } };
      assert.match(shapeDeparture(retyped, SCHEMA_SHAPE) ?? '', /vessel_list_imports\.id of type jsonb, not bigint/);
      assert.match(shapeDeparture({ ...found, triggers: [...found.triggers, 'audit_log.x -> graphile_worker.audit_log_refuse'] }, SCHEMA_SHAPE) ?? '', /a trigger Interdict never makes/);
      assert.match(shapeDeparture({ ...found, checks: [...found.checks, 'audit_log: CHECK (graphile_worker.f())'] }, SCHEMA_SHAPE) ?? '', /a constraint Interdict never makes/);
      assert.match(shapeDeparture({ ...found, defaults: { ...found.defaults, 'alerts.kind': "pg_catalog.set_config('search_path', 'x', false)" } }, SCHEMA_SHAPE) ?? '', /a default of alerts\.kind/);
      assert.match(shapeDeparture({ ...found, functions: [...found.functions, 'audit_log_refuse(integer): BEGIN END'] }, SCHEMA_SHAPE) ?? '', /a function Interdict never makes/);
    } finally {
      await d.close();
    }
  }
});
