/**
 * What every use case needs, loaded once and only when first asked for: the law, the UN list, the party
 * screener over it. The CLI makes one per command, the service one per process; nothing here is
 * global, so two engines (two lists) never share state.
 */
import { loadLaw, type Law } from '../law/index.ts';
import type { PartyScreener } from '../check/index.ts';
import { ALGORITHM, createPartyScreener, loadIndex } from '../screening/index.ts';
import { loadUnList, type UnList } from '../screening/un-list/index.ts';
import { refuseFutureList } from './lists/list-preview.ts';

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
  warn?: (w: EngineWarning) => void;
}

export class Engine {
  private lawData: Law | undefined;
  private list: UnList | undefined;
  private screener: PartyScreener | undefined;

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
      if (this.list.version.dateGenerated < bundled.version.dateGenerated) {
        this.options.warn?.({
          code: 'LIST_OLDER_THAN_BUNDLED',
          message: `the list ${this.options.listFile} was generated on ${this.list.version.dateGenerated.slice(0, 10)}, before the bundled list (${bundled.version.dateGenerated.slice(0, 10)}): designations made since then are not screened`,
        });
      }
      const held = new Set(this.list.records.map((r) => r.ref));
      const lacking = bundled.records.filter((r) => !held.has(r.ref));
      if (lacking.length > 0) {
        const named = lacking.slice(0, 5).map((r) => `${r.ref} ${r.names[0]?.full ?? ''}`.trim()).join('; ');
        this.options.warn?.({
          code: 'LIST_LACKS_BUNDLED_RECORDS',
          message: `the list ${this.options.listFile} lacks ${lacking.length} records the bundled list holds (${named}${lacking.length > 5 ? '; …' : ''}): they are not screened; delisted by the UN since, or a list cut short?`,
        });
      }
    }
    return this.list;
  }

  partyScreener(): PartyScreener {
    return (this.screener ??= createPartyScreener(loadIndex(this.unList(), ALGORITHM)));
  }
}
