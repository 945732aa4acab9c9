/** The designated-vessels list as check's synchronous vessel screener. */
import type { VesselListMatch, VesselScreener } from '../check/index.ts';
import type { DbTarget } from '../store/index.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';

export function vesselScreener(list: DesignatedVessels): VesselScreener {
  return (q) =>
    list.match(q).map((m): VesselListMatch => ({
      name: m.vessel.name, imo: m.vessel.imo, designated: m.vessel.designated, legalBases: m.vessel.legalBases, by: m.by, listVersion: list.version,
    }));
}

/** check's vessel screener from the database (see openVesselList), or undefined when no list was imported. */
export async function openVesselScreener(where: string | DbTarget | undefined): Promise<VesselScreener | undefined> {
  const { openVesselList } = await import('../ships/open-vessel-list.ts');
  const list = await openVesselList(where);
  return list ? vesselScreener(list) : undefined;
}
