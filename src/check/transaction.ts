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
  worker?: { nationality?: string };
  jointVenture?: { established?: string; project?: string };
  approvals?: Approval[];
  purpose?: string;
}

export const TRANSACTION_TYPES: readonly TransactionType[] = ['goods', 'work-authorization', 'joint-venture', 'vessel-transfer', 'financial'];

/** The product kinds a goods line may name (CONTRACT §1 and the check conventions). */
export const PRODUCTS: ReadonlySet<string> = new Set([
  'crude-oil', 'condensate', 'natural-gas-liquids', 'refined-petroleum', 'aviation-fuel', 'textiles', 'coal', 'iron',
  'iron-ore', 'seafood', 'lead', 'lead-ore', 'gold', 'titanium-ore', 'vanadium-ore', 'rare-earth-minerals', 'copper',
  'nickel', 'silver', 'zinc', 'statues', 'luxury-goods', 'arms', 'small-arms', 'helicopter', 'vessel', 'industrial-machinery',
  'transport-vehicles', 'metals', 'food-agricultural', 'machinery', 'electrical-equipment', 'earth-and-stone', 'wood',
  'other',
]);
