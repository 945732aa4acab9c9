import type { ErrorSpec } from './error-spec.ts';

export const SHIPS_ERRORS = {
  SHIPS_BAD_INPUT: { hint: 'AIS positions: CSV with header mmsi,timestamp,lat,lon (optional sog,cog,heading,imo,name,callsign,flag), NDJSON with the same fields (lat, lon, sog as JSON numbers), or NMEA !AIVDM sentences, in UTF-8. Fix the named field.', status: 400 },
  SHIPS_BAD_FLAG: { hint: 'See "interdict ais scan --help" for each threshold and its default.', status: 400 },
  VESSELS_BAD_LIST: { hint: 'The 1718 Designated Vessels List CSV: name,imo,mmsi,flag,callsign,type,designated,owner,legalBases (see docs/ships.md). Fix the named field; nothing was stored.', status: 400 },
  VESSELS_REMOVES: { hint: 'A vessels list that drops or changes designated vessels of the list in use makes their old identities undesignated from then on: compare it with the list in use (the message names them), and if it is the Committee\'s own list, import it with --allow-removals.', status: 409 },
  VESSELS_FUTURE: { hint: 'A vessel designated after today is not designated until that day, so check permits it before then: compare the named dates with the Committee\'s list (a mistyped year makes a designation future), and if the list does say so, import it with --allow-future.', status: 409 },
  VESSELS_CONFLICT: { hint: 'Replacing the vessels list in use needs its preview first (POST /v1/vessels/preview, or the Vessels page): send the list again with the preview\'s "confirm" value.', status: 409 },
} satisfies Record<string, ErrorSpec>;
