/** A transaction to check, as CONTRACT §1 defines it (after `parseTransaction` validated it). */
import type { TransactionType } from '../law/measure.ts';

export interface GoodsLine {
  hs?: string;
  description?: string;
  product?: string;
  quantity?: number;
  unit?: string;
  /** The line's value in US dollars (a luxury-goods threshold or the 2016-2017 coal cap needs it). */
  value?: number;
  /** The country the goods originate in, when it differs from `from` (Rajin transit coal of non-DPRK origin). */
  origin?: string;
}

export interface Party {
  name: string;
  role?: string;
  country?: string;
  nationality?: string;
  dob?: string;
  type?: 'person' | 'entity';
}

export interface Vessel {
  name?: string;
  imo?: string;
  flag?: string;
}

/** The aircraft the goods or service are for (2270 para 31 fuel for a return flight, 2397 para 7 spare parts). */
export interface Aircraft {
  /** The type as the resolutions name it, e.g. "Tu-204-100B", "Il-62M". */
  type?: string;
  registration?: string;
  /** The country of the airline operating it (KP = Air Koryo). */
  operator?: string;
  use?: 'civil-passenger' | 'civil-cargo' | 'state' | 'military';
}

/** A service to a vessel or aircraft (`type: "service"`). */
export interface Service {
  kind: ServiceKind;
}

export type ServiceKind = 'insurance' | 'reinsurance' | 'registration' | 'flagging' | 'classification' | 'certification' | 'leasing' | 'chartering' | 'operation' | 'crew' | 'bunkering' | 'servicing';

export const SERVICE_KINDS: readonly ServiceKind[] = ['insurance', 'reinsurance', 'registration', 'flagging', 'classification', 'certification', 'leasing', 'chartering', 'operation', 'crew', 'bunkering', 'servicing'];

/** A banking presence on a `financial` transaction: a bank's branch, subsidiary, office or an account. */
export interface Banking {
  kind: 'branch' | 'subsidiary' | 'representative-office' | 'account';
  /** open a new one, or keep (maintain, operate) an existing one */
  act: 'open' | 'maintain';
  /** The bank's home country (KP = a DPRK bank). */
  bankCountry?: string;
  /** Where the branch, office or account is. */
  location?: string;
  /** For accounts: who holds it (2321 para 16 limits DPRK missions and diplomats to one each). */
  holder?: 'dprk-mission' | 'dprk-diplomat' | 'other';
  /** For accounts of a DPRK mission or diplomat: how many accounts the holder then has at banks in that State. */
  accounts?: number;
}

export const BANKING_KINDS: readonly Banking['kind'][] = ['branch', 'subsidiary', 'representative-office', 'account'];
export const BANKING_ACTS: readonly Banking['act'][] = ['open', 'maintain'];
export const BANKING_HOLDERS: readonly NonNullable<Banking['holder']>[] = ['dprk-mission', 'dprk-diplomat', 'other'];
export const AIRCRAFT_USES: readonly NonNullable<Aircraft['use']>[] = ['civil-passenger', 'civil-cargo', 'state', 'military'];
export const REPATRIATION_BARS: readonly string[] = ['refugee-law', 'human-rights-law', 'headquarters-agreement', 'privileges-and-immunities'];

export interface Approval {
  measure: string;
  reference: string;
  /** When the Committee gave it; an approval dated after the transaction cannot have been "in advance". */
  date?: string;
}

export interface Transaction {
  id?: string;
  type: TransactionType;
  date: string;
  from?: string;
  to?: string;
  goods?: GoodsLine[];
  contract?: { finalized?: string };
  parties?: Party[];
  vessels?: Vessel[];
  worker?: {
    nationality?: string;
    /** The worker is also a national of the State that authorizes the work (2397 para 8 exception). */
    hostNational?: boolean;
    /** The law that prohibits repatriating the worker (2397 para 8 exception), one of REPATRIATION_BARS. */
    repatriationBarred?: string;
  };
  jointVenture?: { established?: string; project?: string };
  approvals?: Approval[];
  purpose?: string;
  /** Where the supply happens: the country where the goods are handed over or the service is given. */
  deliveredAt?: string;
  aircraft?: Aircraft;
  service?: Service;
  banking?: Banking;
}

export const TRANSACTION_TYPES: readonly TransactionType[] = ['goods', 'work-authorization', 'joint-venture', 'vessel-transfer', 'financial', 'service'];

/** The product kinds a goods line may name (CONTRACT §1 and the check conventions). */
export const PRODUCTS: ReadonlySet<string> = new Set([
  'crude-oil', 'condensate', 'natural-gas-liquids', 'refined-petroleum', 'aviation-fuel', 'textiles', 'coal', 'iron',
  'iron-ore', 'seafood', 'lead', 'lead-ore', 'gold', 'titanium-ore', 'vanadium-ore', 'rare-earth-minerals', 'copper',
  'nickel', 'silver', 'zinc', 'statues', 'luxury-goods', 'arms', 'small-arms', 'helicopter', 'vessel', 'industrial-machinery',
  'transport-vehicles', 'metals', 'food-agricultural', 'machinery', 'electrical-equipment', 'earth-and-stone', 'wood',
  'lpg', 'natural-gas', 'other',
]);

/**
 * Purposes `check` reads beyond those the law data names (livelihood, humanitarian, trade-finance,
 * civil-aviation-return-flight, civil-aircraft-spare-parts, ...): a stated purpose that is neither is free
 * text the engine cannot read, and where a measure turns on the purpose the answer is review.
 */
export const GENERAL_PURPOSES: readonly string[] = ['commercial', 'military', 'payment', 'personal', 'diplomatic'];
