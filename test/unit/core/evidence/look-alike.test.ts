// Look-alike events must not link: another visit, another pair of countries, another date. Claims come
// from real sentences (fixtures and written articles) through detectClaims.
import { describe, expect, it } from 'vitest';
import { refersBack, withContext } from '../../../../src/core/evidence/context';
import { entryOf } from '../../../../src/core/evidence/entry';
import { EvidenceIndex } from '../../../../src/core/evidence/index';
import { claimOf, fixture, written } from './corpus';

describe('event claims', () => {
  const moscow = fixture('nv-xi-putin-moscow-ru');
  const astana = fixture('rbc-xi-tokayev-astana-uk');
  const xiPutin = claimOf(moscow, 'Председатель КНР Си Цзиньпин, прибывший в Москву');
  const xiTokayev = claimOf(astana, 'Голова КНР Сі Цзіньпін прибув з державним візитом до Казахстану');

  it('Xi meeting Tokayev does not link to Xi meeting Putin, either way', () => {
    const ix = new EvidenceIndex();
    for (const a of [moscow, astana, written('w12-xi-astana-en')]) ix.add(a);
    const fromMoscow = ix.query(xiPutin, moscow, { limit: 50 });
    expect(fromMoscow.some((l) => /Tokayev|Токаєв|Казахстан/.test(l.sentence))).toBe(false);
    // The Astana article's reminder of the May visit to Moscow is the same event, and does link.
    expect(fromMoscow.some((l) => l.url === astana.url && /Москву/.test(l.sentence))).toBe(true);
    expect(ix.query(xiTokayev, astana, { limit: 50 }).some((l) => l.url === moscow.url)).toBe(false);
    // The same visit reported in English does link (the counterpart and the date match).
    expect(ix.query(xiTokayev, astana, { limit: 50 }).some((l) => /Tokayev/.test(l.sentence))).toBe(true);
  });

  it('another Xi visit to Moscow in another year is another event', () => {
    const ix = new EvidenceIndex();
    ix.add(written('w09-xi-moscow-2023-en'));
    ix.add(moscow);
    expect(ix.query(xiPutin, moscow, { limit: 50 }).some((l) => l.url.includes('2023') || /2023/.test(l.sentence))).toBe(false);
  });
});

describe('context borrowing', () => {
  it('a thin sentence borrows its context only when it refers back (or is a response)', () => {
    expect(refersBack('За даними агентства, частина з них згодом брала участь у бойових діях.')).toBe(true);
    expect(refersBack('У Пекіні ці дані раніше назвали безпідставними.')).toBe(true);
    expect(refersBack('The Kremlin rejected the report on Thursday.')).toBe(true);
    expect(refersBack('У МЗС України заявили, що очікують від Пекіна "конкретних кроків, а не заяв".')).toBe(false);
    const page = fixture('expres-mfa-denial-uk');
    const remark = claimOf(page, 'У МЗС України заявили');
    const e = entryOf(remark, 0);
    expect(withContext(e, { entities: ['china', 'russia'], concepts: ['train', 'troops'], numbers: [200] })).toBe(e);
  });
});

describe('query threshold', () => {
  it('shows exactly the links scoring at least the threshold (re-ranking may stop early for the others)', () => {
    const page = fixture('reuters-china-trained-russian-soldiers-en');
    const claim = claimOf(page, 'BRUSSELS/LONDON');
    const ix = new EvidenceIndex();
    for (const a of ['rbc-mfa-denial-ru', 'suspilne-mfa-denial-uk', 'censor-reuters-training-ru', 'ipress-reuters-satellite-uk', 'korrespondent-china-drones-uk']) ix.add(fixture(a));
    const all = ix.query(claim, page, { limit: 500, threshold: 0 });
    const shown = ix.query(claim, page, { limit: 500, threshold: 0.3 });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    expect(shown).toEqual(all.filter((l) => l.score >= 0.3));
  });
});
