import { describe, expect, it } from 'vitest';
import { EvidenceIndex } from '../../../../src/core/evidence/index';
import type { Article } from '../../../../src/core/types';
import { claimOf, fixture, written } from './corpus';

const page = fixture('reuters-china-trained-russian-soldiers-en');
const claim = claimOf(page, 'BRUSSELS/LONDON');
const evidence = [fixture('rbc-mfa-denial-ru'), fixture('suspilne-mfa-denial-uk'), fixture('censor-reuters-training-ru'), written('w01-belarus-trained-drone-operators-en'), written('w07-kremlin-denial-en')];

function build(): EvidenceIndex {
  const ix = new EvidenceIndex();
  for (const a of evidence) ix.add(a);
  return ix;
}

describe('EvidenceIndex', () => {
  it('finds cross-language evidence (en page → ru, uk articles) through entity and concept ids', () => {
    const links = build().query(claim, page, { limit: 50 });
    const outlets = new Set(links.map((l) => l.outlet));
    expect(outlets.has('rbc.ua')).toBe(true);
    expect(outlets.has('suspilne.media')).toBe(true);
    expect(outlets.has('censor.net')).toBe(true);
    expect(links.some((l) => l.stance === 'denies' && l.outlet === 'example-wire.test')).toBe(true);
  });

  it('round-trips through toJSON/fromJSON (JSON text) with the same links', () => {
    const ix = build();
    const before = ix.query(claim, page);
    const json = JSON.stringify(ix.toJSON());
    const back = EvidenceIndex.fromJSON(JSON.parse(json));
    expect(back.size).toBe(ix.size);
    expect(back.sentences).toBe(ix.sentences);
    expect(back.query(claim, page)).toEqual(before);
  });

  it('removes an article by URL, and re-adding the same URL replaces it', () => {
    const ix = build();
    const n = ix.size;
    expect(ix.remove(evidence[0]!.url)).toBe(true);
    expect(ix.remove(evidence[0]!.url)).toBe(false);
    expect(ix.size).toBe(n - 1);
    expect(ix.query(claim, page).some((l) => l.url === evidence[0]!.url)).toBe(false);
    ix.add(evidence[1]!);
    ix.add(evidence[1]!);
    expect(ix.size).toBe(n - 1);
  });

  it('never links a page to itself, by URL or by canonical URL', () => {
    const ix = build();
    const copy: Article = { ...page, url: 'https://mirror.test/copy', canonicalUrl: page.url };
    ix.add(copy);
    ix.add(page);
    expect(ix.query(claim, page).some((l) => l.url === page.url || l.url === copy.url)).toBe(false);
    expect(ix.query(claim, { url: 'https://other.test/x', canonicalUrl: page.url, outlet: 'other.test', published: page.published }).some((l) => l.url === page.url)).toBe(false);
  });

  it('collapses the same sentence repeated within one article', () => {
    const dup: Article = { ...evidence[4]!, url: 'https://dup.test/a', paragraphs: [...evidence[4]!.paragraphs, { id: 'px', text: evidence[4]!.paragraphs[0]!.text, kind: 'p' }] };
    const ix = new EvidenceIndex();
    ix.add(dup);
    const links = ix.query(claim, page);
    const texts = links.map((l) => l.sentence);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives clear errors for bad input and bad stored data', () => {
    const ix = new EvidenceIndex();
    expect(() => ix.add({} as Article)).toThrow(TypeError);
    expect(() => ix.query(null as never, page)).toThrow(/expected a Claim/);
    expect(() => EvidenceIndex.fromJSON(null)).toThrow(/expected an object/);
    expect(() => EvidenceIndex.fromJSON({ v: 99, docs: [], claims: [] })).toThrow(/version/);
    expect(() => EvidenceIndex.fromJSON({ v: 2, docs: [], claims: [[5]] })).toThrow(/claim 0/);
    expect(ix.query(claim, page)).toEqual([]);
  });
});
