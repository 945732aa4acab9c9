/**
 * The encounter definition of src/ships/encounters.ts written as SQL for DuckDB: resample every track
 * to the 10-minute grid (ASOF joins to the positions either side, interpolated when at most 1 h apart),
 * pairs within 500 m at one instant (joined on the instant and neighbouring 0.01-degree rows), runs of
 * consecutive instants >= 2 h with both median speeds < 2 kn, mean position >= 10 km from every port,
 * runs of one pair < 4 h apart merged. The benchmark checks both give the same events.
 */
const R = 6371008.8;
const hav = (la1: string, lo1: string, la2: string, lo2: string) =>
  `2 * ${R} * asin(least(1, sqrt(pow(sin(radians(${la2} - ${la1}) / 2), 2) + cos(radians(${la1})) * cos(radians(${la2})) * pow(sin(radians(${lo2} - ${lo1}) / 2), 2))))`;

export function encounterSql(csv: string, portsCsv: string): string[] {
  const step = 600000;
  return [
    `CREATE OR REPLACE TABLE p AS SELECT mmsi::BIGINT AS mmsi, epoch_ms(timestamp::TIMESTAMP) AS t, lat::DOUBLE AS lat, lon::DOUBLE AS lon, sog::DOUBLE AS sog
       FROM read_csv('${csv}', header = true, columns = {'mmsi': 'BIGINT', 'timestamp': 'VARCHAR', 'lat': 'DOUBLE', 'lon': 'DOUBLE', 'sog': 'DOUBLE'})`,
    `CREATE OR REPLACE TABLE ports AS SELECT latitude::DOUBLE AS lat, longitude::DOUBLE AS lon FROM read_csv('${portsCsv}', header = true)`,
    `CREATE OR REPLACE TABLE grid AS
       SELECT mmsi, unnest(range(CAST(ceil(lo / ${step}.0) AS BIGINT) * ${step}, hi + 1, ${step})) AS g
       FROM (SELECT mmsi, min(t) AS lo, max(t) AS hi FROM p GROUP BY mmsi)`,
    `CREATE OR REPLACE TABLE r AS
       WITH a AS (SELECT grid.mmsi, grid.g, p.t AS ta, p.lat AS la, p.lon AS oa, p.sog AS sa FROM grid ASOF JOIN p ON grid.mmsi = p.mmsi AND p.t <= grid.g),
            ab AS (SELECT a.*, p.t AS tb, p.lat AS lb, p.lon AS ob, p.sog AS sb FROM a ASOF JOIN p ON a.mmsi = p.mmsi AND p.t >= a.g)
       SELECT mmsi, g,
         CASE WHEN ta = g THEN la ELSE la + (g - ta) / (tb - ta)::DOUBLE * (lb - la) END AS lat,
         CASE WHEN ta = g THEN oa ELSE oa + (g - ta) / (tb - ta)::DOUBLE * (ob - oa) END AS lon,
         CASE WHEN ta = g THEN sa ELSE sa + (g - ta) / (tb - ta)::DOUBLE * (sb - sa) END AS sog
       FROM ab WHERE ta = g OR tb - ta <= 3600000`,
    `CREATE OR REPLACE TABLE c AS
       WITH x AS (SELECT *, CAST(floor((lat + 90) / 0.01) AS BIGINT) AS row FROM r),
            xe AS (SELECT x.*, x.row + d AS nrow FROM x, (VALUES (-1), (0), (1)) AS o(d))
       SELECT xe.mmsi AS a, y.mmsi AS b, xe.g / ${step} AS k, (xe.lat + y.lat) / 2 AS lat, (xe.lon + y.lon) / 2 AS lon, xe.sog AS sa, y.sog AS sb
       FROM xe JOIN x AS y ON y.g = xe.g AND y.row = xe.nrow AND xe.mmsi < y.mmsi AND abs(y.lon - xe.lon) < 0.05
       WHERE ${hav('xe.lat', 'xe.lon', 'y.lat', 'y.lon')} <= 500`,
    `CREATE OR REPLACE TABLE runs AS
       SELECT a, b, min(k) AS s, max(k) AS e, avg(lat) AS lat, avg(lon) AS lon
       FROM (SELECT *, k - row_number() OVER (PARTITION BY a, b ORDER BY k) AS isl FROM c)
       GROUP BY a, b, isl
       HAVING (max(k) - min(k)) * ${step} >= 7200000 AND median(sa) < 2 AND median(sb) < 2`,
    `CREATE OR REPLACE TABLE encounters AS
       SELECT a, b, min(s) * ${step} AS start_ms, max(e) * ${step} AS end_ms FROM (
         SELECT *, sum(CASE WHEN (s - prev_e) * ${step} < 14400000 THEN 0 ELSE 1 END) OVER (PARTITION BY a, b ORDER BY s) AS grp
         FROM (SELECT *, lag(e) OVER (PARTITION BY a, b ORDER BY s) AS prev_e
               FROM runs WHERE NOT EXISTS (SELECT 1 FROM ports WHERE abs(ports.lat - runs.lat) < 0.2 AND ${hav('runs.lat', 'runs.lon', 'ports.lat', 'ports.lon')} <= 10000)))
       GROUP BY a, b, grp ORDER BY start_ms, a, b`,
  ];
}
