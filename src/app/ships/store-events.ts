/**
 * Store events (each once, by its natural key: ships/event-store.ts). Shared by `ais scan --save`, the
 * workers and `ais watch --db`, so every way in stores the same objects.
 */
import { saveEvents, type EventToStore, type StoredEvent } from '../../ships/event-store.ts';
import { migrateShips } from '../../ships/position-store.ts';
import type { SqlDriver } from '../../store/sql-driver.ts';

export async function storeEvents(driver: SqlDriver, events: readonly EventToStore[]): Promise<StoredEvent[]> {
  await migrateShips(driver);
  return saveEvents(driver, events);
}
