// Held-back evaluation 9127, HIGH-1: a listed name's bracketed country or note became a name of its own, so
// "Trading Corporation of Pakistan" matched the listed name PAKISTAN (QDe.104) and `check` prohibited an innocent
// state company; TANZANIA, KENYA and UNION OF THE COMOROS were full matches alone, every Vietnamese family name Ngo
// a possible match for NGO (CDe.008), and "Birth Name Holdings" one for "(birth name)" (QDi.087). korean-v3 reads
// them as what they are (bracketed-extras.ts); acronyms and other names in brackets stay names of their own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildIndex, screenName } from '../src/screening/index.ts';
import { loadUnList } from '../src/screening/un-list/index.ts';

const index = buildIndex(loadUnList(), 'korean-v3');
const found = (name: string, nationality?: string) => screenName(index, { name, ...(nationality !== undefined && { nationality }) }).map((m) => `${m.ref} ${m.band}`);

test('a bracketed country or note is no name of its own', () => {
  for (const q of ['Trading Corporation of Pakistan', 'Pakistan Trading Corporation', 'Tanzania', 'Kenya', 'Union of the Comoros', 'Central Bank of the Union of the Comoros', 'Kenya Airways', 'Bank of Tanzania', 'Nguyen Van Ngo', 'Ngo Bao Chau', 'Birth Name Holdings', 'Martyrs Foundation Lebanon', 'Combat Name Studios']) {
    const listed = found(q).filter((r) => /^(QDe\.10[456]|QDe\.116|CDe\.008|QDi\.087|QDe\.100|QDi\.152) /.test(r));
    assert.deepEqual(listed, [], q);
  }
});

test('the names in brackets are still found: acronyms, other names, names after a label', () => {
  for (const [q, ref] of [['AL-HARAMAIN FOUNDATION', 'QDe.104'], ['Al-Haramain Foundation', 'QDe.116'], ['RSRSBCM', 'QDe.100'], ['Encep Nurjaman', 'QDi.087'], ['Hassan Gul', 'QDi.306'], ['Hasan Gul', 'QDi.306'], ['KOMID', 'KPe.001'], ['DCB', 'KPe.023'], ['Abdullah Sindhi', 'QDi.309'], ['TOUS POUR LA PAIX ET LE DEVELOPPEMENT', 'CDe.008'], ['TPD', 'CDe.008']] as const) {
    assert.ok(found(q).includes(`${ref} match`), `${q}: ${found(q).join(', ')}`);
  }
});
