/**
 * The carve-out project a transaction claims, for an exception that names projects (the Rajin-Khasan
 * coal transit of 2270 para 29, 2321 para 26, 2371 para 8; the carve-outs of 2375 para 18):
 * `jointVenture.project`; else a purpose naming one of them ("rajin-khasan", "Rajin-Khasan project");
 * else, for the Rajin-Khasan project, a goods description or the purpose saying the goods pass through
 * Rajin ("transshipped via Rajin", "Rajin port"). A claim is only a claim: the exception's facts (coal of
 * non-DPRK origin) must still fit, and it comes with its advance notice.
 */
import { foldText, throughDprk } from './dprk-names.ts';
import type { Transaction } from './transaction.ts';

const RAJIN = 'rajin-khasan';
const RAJIN_PORT = /(?<![a-z0-9])(?:rajin|najin|rason|raseon)(?![a-z0-9])/;

function viaRajin(text: string | undefined): boolean {
  if (text === undefined) return false;
  const through = throughDprk(foldText(text));
  return through !== undefined && RAJIN_PORT.test(through);
}

export function claimedProject(tx: Transaction, projects: ReadonlySet<string>): string | undefined {
  const stated = tx.jointVenture?.project;
  if (stated !== undefined) return stated;
  if (tx.purpose !== undefined) {
    const p = tx.purpose.trim().toLowerCase().replace(/[\s_–—]+/g, '-').replace(/-(?:project|port-project|port-and-rail-project)$/, '');
    if (projects.has(p)) return p;
  }
  if (!projects.has(RAJIN)) return undefined;
  if (viaRajin(tx.purpose)) return RAJIN;
  for (const line of tx.goods ?? []) if (viaRajin(line.description)) return RAJIN;
  return undefined;
}
