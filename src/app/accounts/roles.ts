/**
 * Roles and what each may do (CONTRACT §4). One table decides every route and page: an action names
 * the roles allowed; anything not listed is refused (fail closed).
 */
export const ROLES = ['analyst', 'releaser', 'reporter', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const ANALYST_PLUS: readonly Role[] = ['analyst', 'releaser', 'admin'];
const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  check: ANALYST_PLUS,
  screen: ANALYST_PLUS,
  'read-law': EVERYONE,
  'read-list': EVERYONE,
  'record-delivery': ['reporter', 'admin'],
  'read-ledger': EVERYONE,
  'add-subjects': ANALYST_PLUS,
  'remove-subjects': ANALYST_PLUS,
  'read-subjects': [...ANALYST_PLUS, 'auditor'],
  'read-alerts': [...ANALYST_PLUS, 'auditor'],
  'decide-alert': ['analyst'],
  'confirm-alert': ['releaser'],
  'assign-alert': ANALYST_PLUS,
  'update-list': ['admin'],
  'read-audit': ['auditor', 'admin'],
  'manage-users': ['admin'],
  // Every account may replace its own key (and so take back a key an admin issued and saw).
  'own-key': EVERYONE,
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

/** Roles whose grant by an admin account waits for a second admin's confirmation. */
export const FOUR_EYES_ROLES: readonly Role[] = ['analyst', 'releaser', 'admin'];

/**
 * Segregation of duties: whoever manages accounts does not also decide or confirm alerts, or one person
 * could make the two keys four eyes need. Analyst with releaser stays allowed: the confirm itself refuses
 * the proposer.
 */
export function segregationProblem(roles: readonly Role[]): string | undefined {
  if (roles.includes('admin') && (roles.includes('analyst') || roles.includes('releaser'))) {
    return 'an admin cannot also be analyst or releaser (segregation of duties): give these roles to separate accounts';
  }
  return undefined;
}

export function isRole(x: string): x is Role {
  return (ROLES as readonly string[]).includes(x);
}

export function allows(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
