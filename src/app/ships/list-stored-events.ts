/** `ais events`: the stored events, each once, in the order `ais scan` prints them. */
import { compareEvents, type ShipEvent } from '../../ships/event.ts';
import { listEvents, type EventFilter } from '../../ships/event-store.ts';
import { hasArea } from '../../store/migrate.ts';
import { parseDbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';

export async function listStoredEvents(db: string | undefined, filter: EventFilter): Promise<ShipEvent[]> {
  const driver = await openDatabase(parseDbTarget(db), { access: 'read' });
  try {
    if (!(await hasArea(driver, 'ships'))) return [];
    const stored = await listEvents(driver, filter).catch((e: unknown) => {
      // A database whose ships tables predate stored events holds none.
      if ((e as { code?: string }).code === '42P01' || /no such table/.test(String(e))) return [];
      throw e;
    });
    return stored.map((s) => s.event).sort(compareEvents);
  } finally {
    await driver.close();
  }
}
