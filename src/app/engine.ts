/**
 * What every use case needs, loaded once and only when first asked for: the law, the UN list, the party
 * screener over it. The CLI makes one per command, the service one per process; nothing here is
 * global, so two engines (two lists) never share state.
 */
import { loadLaw, type Law } from '../law/index.ts';
import type { PartyScreener } from '../check/index.ts';
import { ALGORITHM, createPartyScreener, loadIndex } from '../screening/index.ts';
import { loadUnList, type ListRecord, type UnList } from '../screening/un-list/index.ts';
import { refuseFutureList } from './lists/list-preview.ts';
import { lackingDelisted, recordsLacking, screenerWithLacking } from './lists/lacking-records.ts';

/** Something the user should know that does not stop the command (printed on stderr). */
export interface EngineWarning {
  code: 'LIST_OLDER_THAN_BUNDLED' | 'LIST_LACKS_BUNDLED_RECORDS';
  message: string;
}

export interface EngineOptions {
  /** A UN consolidated list XML to use instead of the bundled snapshot. */
  listFile?: string;
  /** A folder of law files to use instead of the bundled law/. */
  lawDir?: string;
  /** With `listFile`: the operator vouches that records it lacks were delisted (lacking-records.ts). */
  allowRemovals?: boolean;
  warn?: (w: EngineWarning) => void;
}

export class Engine {
  private lawData: Law | undefined;
  private list: UnList | undefined;
  private screener: PartyScreener | undefined;
  /** With a list given: the bundled list and the records of it the list given lacks (lacking-records.ts). */
  private lacking: { bundled: UnList; records: ListRecord[] } | undefined;

  constructor(readonly options: EngineOptions = {}) {}

  law(): Law {
    return (this.lawData ??= loadLaw(this.options.lawDir));
  }

  unList(): UnList {
    if (this.list) return this.list;
    this.list = loadUnList(this.options.listFile);
    if (this.options.listFile !== undefined) {
      // A list dated after today is no UN list, as `lists load` refuses it.
      refuseFutureList(this.list);
      // The bundled list, read once, for both warnings: a list older than it misses every designation since; one
      // lacking records it holds leaves them unscreened, said and named (hostile new user 34: a list cut to one
      // record screened PAK YONG SIK as nothing, without a word).
      const bundled = loadUnList();
      const older = this.list.version.dateGenerated < bundled.version.dateGenerated;
      if (older) {
        this.options.warn?.({
          code: 'LIST_OLDER_THAN_BUNDLED',
          message: `the list ${this.options.listFile} was generated on ${this.list.version.dateGenerated.slice(0, 10)}, before the bundled list (${bundled.version.dateGenerated.slice(0, 10)}): designations made since then are not on it (\`screen\` and \`check\` also screen against the bundled records it lacks)`,
        });
      }
      const lacking = recordsLacking(this.list, bundled);
      this.lacking = { bundled, records: lacking };
      if (lacking.length > 0) {
        const named = lacking.slice(0, 5).map((r) => `${r.ref} ${r.names[0]?.full ?? ''}`.trim()).join('; ');
        this.options.warn?.({
          code: 'LIST_LACKS_BUNDLED_RECORDS',
          message: `the list ${this.options.listFile} lacks ${lacking.length} records the bundled list holds (${named}${lacking.length > 5 ? '; …' : ''}): delisted by the UN since, or a list cut short? \`check\` still screens parties against them: ${lackingDelisted(this.list, bundled, this.options.allowRemovals === true) ? `as listed until ${this.list.version.dateGenerated.slice(0, 10)} (--allow-removals), reviewing a transaction dated before it` : `as listed${this.options.allowRemovals === true ? ' (a list of the bundled day or older cannot have delisted them)' : ' (--allow-removals reads them as delisted on the day of a later list)'}`}; \`screen\` screens names against them as the bundled list holds them`,
        });
      }
    }
    return this.list;
  }

  /** The bundled records the list given lacks (none without a list given). */
  lackingRecords(): readonly ListRecord[] {
    this.unList();
    return this.lacking?.records ?? [];
  }

  partyScreener(): PartyScreener {
    if (this.screener !== undefined) return this.screener;
    const list = this.unList();
    const index = loadIndex(list, ALGORITHM);
    // A listed party the list given lacks is not cleared by a warning alone (lacking-records.ts).
    this.screener = this.lacking === undefined ? createPartyScreener(index) : screenerWithLacking(index, list, this.lacking.bundled, this.lacking.records, ALGORITHM, this.options.allowRemovals === true);
    return this.screener;
  }
}
