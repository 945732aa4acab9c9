// What the service's CLI commands call (users, subjects, lists load, audit, db, sessions): their app
// entry, one module they load when they run, so that no other command pays for it at start-up.
export { addAccount, listAccounts, validateAccount } from '../accounts/accounts.ts';
export { confirmGrant, revokeAccount, rotateKey } from '../accounts/account-changes.ts';
export { cliActor, openService, type Service } from './service-context.ts';
export { grantServiceRole, migrateAll } from './db-role.ts';
export { readListUpdate, updateList } from '../lists/list-update.ts';
export { addSubjects } from '../subjects/subjects.ts';
export { checkSubjectsCsv, importSubjectsCsv } from '../subjects/import-subjects.ts';
export { verifyAudit } from '../audit/verify-audit.ts';
export { loadPublicKey, loadSigningKey } from '../audit/audit-key.ts';
export { appendCheckpoint } from '../audit/checkpoints.ts';
export { signHeadFor } from '../audit/sign-head.ts';
export { checkpointOptions } from '../audit/verify-audit.ts';
export { rotateSessionSecret } from '../web/session-secret.ts';
export { parseDbTarget } from '../../store/db-target.ts';
export { openDatabase } from '../../store/open-database.ts';
export { InterdictError } from '../../errors/index.ts';
export { ioError } from '../../io/input-source.ts';
