/** The designated-vessels list as check's synchronous vessel screener. */
import type { VesselListMatch, VesselScreener } from '../check/index.ts';
import type { DesignatedVessels } from '../ships/designated-vessels.ts';

export function vesselScreener(list: DesignatedVessels): VesselScreener {
  return (q) =>
    list.match(q).map((m): VesselListMatch => ({
      name: m.vessel.name, imo: m.vessel.imo, designated: m.vessel.designated, legalBases: m.vessel.legalBases, by: m.by, listVersion: list.version,
      ...(m.why !== undefined ? { why: m.why } : {}),
    }));
}
