/** `ais events`: the stored events of the database named, each once, by the one events use case (event-pages.ts). */
import type { ShipEvent } from '../../ships/event.ts';
import { parseDbTarget } from '../../store/db-target.ts';
import { openDatabase } from '../../store/open-database.ts';
import { allStoredEvents, eventFilter, type EventFilterQuery } from './event-pages.ts';

/** The command's flags as the filter names them in a message. */
const FLAGS = { from: '--from', to: '--to', kind: '--kind', code: 'SHIPS_BAD_FLAG' } as const;

export async function listStoredEvents(db: string | undefined, q: EventFilterQuery): Promise<ShipEvent[]> {
  const filter = eventFilter(q, FLAGS); // before the database is opened
  const driver = await openDatabase(parseDbTarget(db), { access: 'read' });
  try {
    return await allStoredEvents(driver, filter);
  } finally {
    await driver.close();
  }
}
