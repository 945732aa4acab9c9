/**
 * The events a scan found, each given what its kind can show in law on its date (event-law.ts), as
 * `ais scan` prints them and as they are stored: one step shared by the scan, the workers and the feed.
 */
import type { CheckContext } from '../../check/context.ts';
import type { Law } from '../../law/index.ts';
import type { DesignatedVessels } from '../../ships/designated-vessels.ts';
import type { EventToStore } from '../../ships/event-store.ts';
import type { ScannedEvent } from '../../ships/scan.ts';
import { withEventLaw } from '../event-law.ts';
import { vesselScreener } from '../vessel-screener.ts';

export function judgeEvents(events: readonly ScannedEvent[], law: Law, designated: DesignatedVessels | undefined): EventToStore[] {
  const check: CheckContext = designated ? { screenVessel: vesselScreener(designated) } : {};
  return events.map(({ event, concern }) => ({ event: withEventLaw(event, { law, check, designated }), concern }));
}
