/** The UN consolidated list: model, parser, loader. */
export type * from './model.ts';
export { parseUnList, listVersion } from './parse-un-list.ts';
export { loadUnList, bundledListPath, BUNDLED_LIST_FILE } from './load-un-list.ts';
export { findImoNumbers } from './imo.ts';
export { isValidCompanyImo, isValidShipImo } from '../../geo/imo.ts';
export { documentKind, normalizeDocumentNumber } from './documents.ts';
export { aliasKind } from './names.ts';
export { listInfo, type ListInfo, type KindCounts } from './list-info.ts';
export { defaultCacheDir, parserFingerprint } from './list-cache.ts';
export type { LoadOptions } from './load-un-list.ts';
