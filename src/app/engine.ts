/**
 * What every use case needs, loaded once and only when first asked for: the law, the UN list, the party
 * screener over it. The CLI makes one per command, the service one per process; nothing here is
 * global, so two engines (two lists) never share state.
 */
import { loadLaw, type Law } from '../law/index.ts';
import type { PartyScreener } from '../check/index.ts';
import { createPartyScreener } from '../screening/index.ts';
import { loadUnList, type UnList } from '../screening/un-list/index.ts';

export interface EngineOptions {
  /** A UN consolidated list XML to use instead of the bundled snapshot. */
  listFile?: string;
  /** A folder of law files to use instead of the bundled law/. */
  lawDir?: string;
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
    return (this.list ??= loadUnList(this.options.listFile));
  }

  partyScreener(): PartyScreener {
    return (this.screener ??= createPartyScreener(this.unList()));
  }
}
