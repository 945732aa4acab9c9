/**
 * A service's kind as people write it: the noun the contract names ("insurance"), the verb ("insure"), its
 * -ing form ("insuring") or a common phrase ("crew services", "time charter"), in any case, with spaces,
 * hyphens or underscores. Anything else is not read (the caller reports `service.kind` as bad input).
 */
import { SERVICE_KINDS, type ServiceKind } from './transaction.ts';

const FORMS: Record<ServiceKind, readonly string[]> = {
  insurance: ['insure', 'insuring', 'insured', 'marine insurance', 'hull insurance', 'hull and machinery insurance', 'p and i', 'p&i', 'p&i insurance', 'p&i cover', 'protection and indemnity', 'protection and indemnity insurance'],
  reinsurance: ['re insurance', 'reinsure', 'reinsuring', 're insure', 're insuring', 'reinsured'],
  registration: ['register', 'registering', 'registered', 'registry', 'ship registration', 'vessel registration', 'ship registry', 'vessel registry'],
  flagging: ['flag', 'flagged', 're flagging', 'reflagging', 'reflag', 're flag', 'flag registration'],
  classification: ['classify', 'classifying', 'classed', 'class', 'classing', 'class services', 'classification services', 'classification society services'],
  certification: ['certify', 'certifying', 'certified', 'certification services', 'certificates', 'statutory certification'],
  leasing: ['lease', 'leases', 'leased', 'lease out', 'leasing out', 'hire', 'hiring', 'rent', 'rental', 'renting'],
  chartering: ['charter', 'charters', 'chartered', 'time charter', 'voyage charter', 'bareboat charter', 'demise charter', 'charter party', 'charterparty'],
  operation: ['operate', 'operating', 'operated', 'operations', 'vessel operation', 'ship operation'],
  crew: ['crewing', 'crews', 'crew services', 'crew service', 'crewing services', 'manning', 'crew supply', 'crew provision', 'crew manning'],
  bunkering: ['bunker', 'bunkers', 'bunkered', 'bunker supply', 'bunkering services', 'refuelling', 'refueling', 'refuel', 'fuelling', 'fueling'],
  servicing: ['service', 'servicing services', 'repair', 'repairs', 'repairing', 'maintenance', 'ship repair', 'vessel repair', 'dry docking', 'drydocking', 'provisioning', 'supplies', 'ship supplies', 'chandlery', 'ship chandlery'],
};

const BY_FORM = new Map<string, ServiceKind>();
for (const kind of SERVICE_KINDS) {
  BY_FORM.set(kind, kind);
  for (const f of FORMS[kind]) BY_FORM.set(fold(f), kind);
}

/** Lower case; runs of spaces, hyphens, underscores and slashes become one space; "&" stays (P&I). */
function fold(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_\-/]+/g, ' ');
}

/** The kind `written` names, or undefined when it names none. */
export function readServiceKind(written: string): ServiceKind | undefined {
  return BY_FORM.get(written) ?? BY_FORM.get(fold(written));
}
