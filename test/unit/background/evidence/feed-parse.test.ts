import { describe, expect, it } from 'vitest';
import { decodeEntities, parseFeed } from '../../../../src/background/evidence/feed-parse';
import { repoFile } from './fake-web';

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link, title, RFC 822 date, content:encoded as HTML, description', () => {
    const r = parseFeed(repoFile('test/fixtures/feeds/pravda-rss.xml'), 'https://www.pravda.com.ua/rss/');
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('rss');
    expect(r.title).toBe('Українська правда');
    expect(r.lang).toBe('uk');
    expect(r.items).toHaveLength(2);
    const [first, second] = r.items;
    expect(first!.link).toBe('https://www.pravda.com.ua/news/2026/05/20/7590250/');
    expect(first!.published).toBe('2026-05-20T10:40:00.000Z');
    expect(first!.content).toContain('<p>Міністерство закордонних справ Китаю спростувало');
    expect(second!.content).toBeUndefined();
    expect(second!.summary).toBe('Reuters: <b>дрони</b> для Росії виробляють у Китаї.');
    expect(r.notes).toContain('1 item(s) without an http(s) link skipped');
  });

  it('reads Atom entries: the alternate link (relative links resolved), published or updated', () => {
    const r = parseFeed(repoFile('test/fixtures/feeds/suspilne-atom.xml'), 'https://suspilne.media/rss/all.rss');
    if (!r.ok) throw new Error(r.reason);
    expect(r.kind).toBe('atom');
    expect(r.lang).toBe('uk');
    expect(r.items.map((i) => i.link)).toEqual([
      'https://suspilne.media/1034672-u-mzs-kitau-zaperecili-povidomlenna-reuters-pro-pidgotovku-rosijskih-vijskovih/',
      'https://suspilne.media/792456-modi-pribuv-do-moskvi-i-zustrivsa-z-putinim-u-den-udaru-po-ohmatdit/',
    ]);
    expect(r.items[0]!.published).toBe('2026-05-20T09:58:00.000Z');
    expect(r.items[1]!.published).toBe('2024-07-08T15:00:00.000Z');
    expect(r.items[0]!.summary).toBe('Пекін назвав "безпідставними" дані агентства.');
  });

  it('tolerates bare ampersands, RDF feeds, guid permalinks and a truncated tail', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel><title>T & Co</title></channel>
      <item><title>A & B</title><link>https://nv.ua/ukr/a-1.html</link><dc:date>2026-05-20T10:00:00Z</dc:date></item></rdf:RDF>`;
    const r = parseFeed(rdf);
    expect(r.ok && r.kind === 'rdf' && r.items[0]!.title === 'A & B' && r.items[0]!.published === '2026-05-20T10:00:00.000Z').toBe(true);
    const guid = parseFeed('<rss><channel><item><title>x</title><guid>https://tsn.ua/a-1.html</guid></item><item><guid isPermaLink="false">123</guid></item></channel></rss>');
    expect(guid.ok && guid.items.map((i) => i.link)).toEqual(['https://tsn.ua/a-1.html']);
    const cut = parseFeed('<rss><channel><item><link>https://tsn.ua/a-1.html</link></item><item><link>https://tsn.ua/a-2');
    expect(cut.ok && cut.items.length).toBe(1);
    expect(cut.ok && cut.notes[0]).toMatch(/truncated/);
  });

  it('gives a clear reason for what is not a feed', () => {
    expect(parseFeed('')).toEqual({ ok: false, reason: 'the feed is empty' });
    expect(parseFeed('<!doctype html><html><body>Service unavailable</body></html>')).toEqual({ ok: false, reason: 'not an RSS or Atom feed: the root element is <html>' });
    expect(parseFeed('{"items": []}')).toEqual({ ok: false, reason: 'not an RSS or Atom feed: no root element' });
    expect(parseFeed('<rss version="2.0"></rss>')).toEqual({ ok: false, reason: 'not an RSS feed: no <channel> and no items' });
  });

  it('drops links that are not http(s)', () => {
    const r = parseFeed('<rss><channel><item><link>javascript:alert(1)</link></item><item><link>https://unn.ua/a</link></item></channel></rss>');
    expect(r.ok && r.items.map((i) => i.link)).toEqual(['https://unn.ua/a']);
  });

  it('decodes numeric and named references, keeps unknown ones', () => {
    expect(decodeEntities('&#1050;&#x438;&quot;&amp;&foo;')).toBe('Ки"&&foo;');
  });
});
