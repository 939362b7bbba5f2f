// Stance is the evidence's relation to the page claim's proposition (src/core/evidence/stance.ts).
// Claims come from real sentences through detectClaims, so these also guard the detector fields stance relies on.
import { describe, expect, it } from 'vitest';
import { decideStance, isNegative, narrowerNegation } from '../../../../src/core/evidence/stance';
import { claimOf, fixture, written } from './corpus';

const seed0 = fixture('seed-000-korrespondent');
const reutersClaim = claimOf(seed0, 'Нагадаємо, агентство Reuters');
const chinaDenied = claimOf(seed0, 'Згодом Китай спростував публікацію Reuters');

describe('decideStance', () => {
  it('a denial of the report ("Китай спростував публікацію Reuters", target reuters) denies the report’s claim', () => {
    expect(chinaDenied.kind).toBe('denial');
    expect(chinaDenied.target).toBe('reuters');
    const d = decideStance(reutersClaim, chinaDenied);
    expect(d.stance).toBe('denies');
    expect(d.cue).toBe(chinaDenied.cue);
  });

  it('the report contradicts a page claim that is the denial; another denial corroborates it', () => {
    const report = claimOf(fixture('reuters-china-trained-russian-soldiers-en'), 'BRUSSELS/LONDON');
    expect(decideStance(chinaDenied, report).stance).toBe('denies');
    const mfa = claimOf(fixture('rbc-mfa-denial-ru'), 'Министерство иностранных дел Китая назвало');
    expect(decideStance(chinaDenied, mfa).stance).toBe('corroborates');
  });

  it('a negated statement ("no evidence China supplies lethal weapons") is denied by a later report that it did', () => {
    const rutte = claimOf(fixture('reuters-rutte-no-evidence-lethal-en'), 'BRUSSELS, May 21');
    expect(rutte.negated).toBe(true);
    const later = claimOf(written('w04-us-intel-lethal-weapons-en'), 'Chinese state-linked companies');
    expect(decideStance(rutte, later).stance).toBe('denies');
    // …and corroborated by the same statement reported in Ukrainian.
    const nv = claimOf(fixture('nv-rutte-lethal-aid-uk'), 'Генеральний секретар НАТО Марк Рютте заявив');
    expect(decideStance(rutte, nv).stance).toBe('corroborates');
  });

  it('a repetition of the same report corroborates that the report exists (sameReport, not independent)', () => {
    const repeat = claimOf(fixture('rbc-mfa-denial-ru'), 'Напомним, накануне агентство Reuters');
    const d = decideStance(reutersClaim, repeat, 'reuters');
    expect(d).toMatchObject({ stance: 'corroborates', sameReport: true });
    // An independent confirmation corroborates without being the same report.
    const estonia = claimOf(written('w08-estonia-confirms-uk'), 'Служба зовнішньої розвідки Естонії');
    const e = decideStance(reutersClaim, estonia, 'estonia');
    expect(e.stance).toBe('corroborates');
    expect(e.sameReport).toBeUndefined();
  });

  it('"declined to comment" is related, with its cue', () => {
    const nc = claimOf(fixture('reuters-rutte-no-evidence-lethal-en'), 'Rutte declined to comment');
    expect(nc.kind).toBe('no-comment');
    const d = decideStance(reutersClaim, nc);
    expect(d.stance).toBe('related');
    expect(d.cue).toMatch(/declined to comment/);
  });

  it('"denials do not refute the data" is not a denial: it supports the report', () => {
    const isw = claimOf(fixture('radiosvoboda-isw-denial-uk'), 'Американський Інститут вивчення війни');
    expect(isNegative(isw)).toBe(false);
    expect(decideStance(reutersClaim, isw).stance).toBe('corroborates');
  });

  it('another number is only related, never a corroboration', () => {
    const nk = claimOf(written('w03-china-trained-north-korean-officers-ru'), 'Китай в начале 2026 года');
    expect(decideStance(reutersClaim, nk).stance).toBe('related');
  });
});

describe('narrow negations and contrast clauses', () => {
  const shekerinska = claimOf(fixture('korrespondent-nato-china-ru'), 'По ее словам, Пекин поставляет Москве станки');

  it('"never supplied lethal weapons" does not deny a claim about machine tools and components', () => {
    const lethal = claimOf(fixture('unn-reuters-training-uk'), 'Раніше Пекін заявляв');
    expect(lethal.concepts).toContain('lethal-aid');
    expect(decideStance(shekerinska, lethal).stance).toBe('related');
    expect(narrowerNegation(lethal, shekerinska)).toBe(true);
    // Against a claim that China supplies lethal weapons the negation is not narrower.
    const usIntel = claimOf(written('w04-us-intel-lethal-weapons-en'), 'Chinese state-linked companies');
    expect(narrowerNegation(lethal, usIntel)).toBe(false);
  });

  it('"no evidence of lethal weapons, but 90% of the microelectronics comes from China" corroborates the microelectronics claim', () => {
    const rutte = claimOf(fixture('nv-rutte-lethal-aid-uk'), '"Ми не маємо доказів');
    expect(rutte.negated).toBe(true);
    expect(decideStance(shekerinska, rutte).stance).toBe('corroborates');
    // Against China's "never supplied lethal weapons" the negated part is what counts: both negative.
    const lethal = claimOf(fixture('unn-reuters-training-uk'), 'Раніше Пекін заявляв');
    expect(decideStance(rutte, lethal).stance).toBe('corroborates');
  });
});
