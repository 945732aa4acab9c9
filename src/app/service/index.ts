// What the service's CLI commands call (users, subjects, lists, audit), in one module they load when
// they run, so that no other command pays for it at start-up.
export { addAccount, listAccounts, revokeAccount } from '../accounts/accounts.ts';
export { cliActor, openService, type Service } from './service-context.ts';
export { updateList } from '../lists/list-update.ts';
export { addSubjects } from '../subjects/subjects.ts';
export { verifyAudit } from '../audit/audit-log.ts';
export { parseDbTarget } from '../../store/db-target.ts';
export { openDatabase } from '../../store/open-database.ts';
export { parseBatchCsv } from '../../screening/index.ts';
export { InterdictError } from '../../errors/index.ts';
