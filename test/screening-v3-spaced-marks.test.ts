// Security review 23, MEDIUM-1: a name spaced letter by letter with a hyphen or an apostrophe standing alone
// between its letters ("K I M   K W A N G - I L"), or dotted with marks before letters ("M.U.N. C.H.O.'N.G.-C.H.'O.'L."),
// was permitted while the same name without the marks was prohibited: the mark now belongs to the run.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluate } from '../src/check/index.ts';
import { markedLettersReading, spacedLettersReading } from '../src/io/spaced-letters.ts';
import { loadLaw } from '../src/law/index.ts';
import { screenName, type ScreeningIndex } from '../src/screening/index.ts';
import { paymentTo, v3Screener } from './support/list-screeners.ts';

const law = loadLaw();
let v3: ScreeningIndex;
let screenParty: ReturnType<typeof v3Screener>['screenParty'];
before(() => {
  ({ v3, screenParty } = v3Screener());
});
const payment = paymentTo;

describe('spaced letters with a hyphen or an apostrophe between them', () => {
  it('the readings keep the run whole', () => {
    assert.equal(spacedLettersReading('K I M   K W A N G - I L'), 'KIM KWANG-IL');
    assert.equal(spacedLettersReading("C H O ' N G"), 'CHONG');
    assert.equal(markedLettersReading("M.U.N. C.H.O.'N.G.-C.H.'O.'L."), 'MUN CHONG-CHOL');
    assert.equal(markedLettersReading('M.U.N. C.H.O.N.G. C.H.O.L.'), 'MUN CHONG CHOL');
    for (const plain of ['A - B', 'Smith - Jones', 'PAK Y - S', "O ' Brien"]) assert.equal(spacedLettersReading(plain), undefined, plain);
    for (const plain of ['J.P. Morgan', 'A-B', 'U-Haul']) assert.equal(markedLettersReading(plain), undefined, plain);
  });
  for (const [name, ref] of [['K I M   K W A N G - I L', 'KPi.009'], ["K I M   K W A N G ' I L", 'KPi.009'], ['P A K   Y O N G - S I K', 'KPi.063'],
    ["M.U.N. C.H.O.'N.G.-C.H.'O.'L.", 'KPi.012']] as const) {
    it(`${name} matches ${ref} and check prohibits it`, () => {
      assert.equal(screenName(v3, { name }).find((m) => m.ref.trim() === ref)?.band, 'match', name);
      assert.equal(evaluate(payment(name), law, { screenParty }).outcome, 'prohibited', name);
    });
  }
});
