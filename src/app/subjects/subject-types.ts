/** A monitored customer or counterparty, as stored. */
export interface SubjectInput {
  id: string;
  name: string;
  dob?: string;
  nationality?: string;
  type?: 'person' | 'entity';
}

export interface StoredSubject extends SubjectInput {
  /** Changes whenever what is screened (name, dob, nationality, type) changes. */
  fingerprint: string;
}
