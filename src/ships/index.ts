// Ships: AIS decoding, track scanning, the 1718 Designated Vessels List.
export { decodeAis, DECODED_TYPES, VESSEL_POSITION_TYPES, type AisMessage } from './decode-ais.ts';
export { AisDecoder, decodeNmeaText, type DecodeCounts, type DecodedAis } from './decode-stream.ts';
export { NmeaAssembler, type SentenceCounts } from './nmea-sentences.ts';
export { Scan, type ScanContext, type ScanResult, type ScanStats, type ScannedEvent } from './scan.ts';
export { DEFAULT_SCAN_OPTIONS, type ScanOptions } from './scan-options.ts';
export { compareEvents, type EventKind, type EventVessel, type ShipEvent } from './event.ts';
export { describeEvent, describeMessage } from './describe-event.ts';
export { loadPorts, type Port, type PortIndex } from './ports.ts';
export { loadShore, type Shore } from './shore.ts';
export { forEachLineBytes } from './read-lines.ts';
export { flagOfMmsi, type FlagSource } from './mid-flags.ts';
export { imoVariants, normalizeImo } from '../geo/imo.ts';
/** @deprecated the ship check is `isValidShipImo` (one check, exported beside the UN list's). */
export { isValidShipImo as isValidImo } from '../geo/imo.ts';
export { DesignatedVessels, LEGAL_BASES, type DesignatedVessel, type LegalBasis, type VesselMatch, type VesselQuery } from './designated-vessels.ts';
export { parseVesselList, VESSEL_LIST_COLUMNS } from './vessel-list-csv.ts';
export { importVesselList, loadDesignatedVessels, listVersion as vesselListVersion, type ImportSummary } from './vessel-store.ts';
export { SHIPS_MIGRATIONS } from './ships-migrations.ts';
