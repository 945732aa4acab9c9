// What `interdict serve` calls beside the HTTP server it starts: the command's entry, loaded when it runs.
export { ensureFirstAdmin } from './accounts/accounts.ts';
export { loadDemoData } from './service/demo-data.ts';
export { cliActor, openService } from './service/service-context.ts';
export { checkDbRole, roleProblem } from './service/db-role.ts';
export { loadSessionSecrets } from './web/session-secret.ts';
export { auditMacKey } from './audit/audit-mac.ts';
export { useCacheSecret } from '../io/cache-mac.ts';
export { loadSigningKey } from './audit/audit-key.ts';
export { Checkpointer, watchCheckpoints } from './audit/checkpointer.ts';
export { parseDbTarget, describeDbTarget } from '../store/db-target.ts';
export { InterdictError } from '../errors/index.ts';
export { tryListen } from './try-listen.ts';
