/**
 * The content script's entry (src/extract/live.ts) is extractLive without the Readability fallback:
 * the same answer as the full entry on every page our own paths handle, no article where only
 * Readability would find one, and no @mozilla/readability in a bundle built from it.
 */
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLive as extractLiveFull } from '../../../src/extract/index';
import { extractLive } from '../../../src/extract/live';
import { loadFixturePages, parseWith } from './fixture-pages';

const NOW = new Date('2026-05-20T12:00:00Z');
const URL_ = 'https://news.example.com/a/1.html';
const PARAS = [
  'Генеральний секретар НАТО Марк Рютте заявив, що Альянс бачить тісну співпрацю між Китаєм, Росією, Іраном і Північною Кореєю.',
  'За даними Reuters, наприкінці минулого року Китай таємно підготував близько 200 російських військовослужбовців на своїй території.',
  'МЗС Китаю спростувало публікацію агентства, назвавши її безпідставною, а речник відомства заявив, що Пекін не постачає летальну зброю.',
];
/** No <p> anywhere: our scorer finds nothing, Readability finds the divs. */
const DIVS_ONLY = `<!doctype html><html lang="uk"><head></head><body><div id="story"><h1>Рютте про Китай</h1>${PARAS.map((p) => `<div class="para">${p}</div>`).join('')}</div></body></html>`;

describe('extract/live.ts', () => {
  it('answers as the full entry on every fixture page that needs no fallback', () => {
    let compared = 0;
    for (const p of loadFixturePages()) {
      const full = extractLiveFull(parseWith('linkedom', p.html, p.expected.url), p.expected.url, { now: NOW });
      if ('article' in full && full.article.notes?.some((n) => n.includes('readability fallback'))) continue;
      const live = extractLive(parseWith('linkedom', p.html, p.expected.url), p.expected.url, { now: NOW });
      expect('article' in live ? live.article : live, p.name).toEqual('article' in full ? full.article : full);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('finds no article where only Readability would, and says why', () => {
    const full = extractLiveFull(new JSDOM(DIVS_ONLY, { url: URL_ }).window.document, URL_);
    expect('article' in full && full.article.paragraphs.map((p) => p.text)).toEqual(PARAS);
    const live = extractLive(new JSDOM(DIVS_ONLY, { url: URL_ }).window.document, URL_);
    expect(live).toMatchObject({ notArticle: true, reason: expect.stringMatching(/no body found/) });
  });

  it('takes a fallback passed in, as the full entry does', () => {
    const live = extractLive(new JSDOM(DIVS_ONLY, { url: URL_ }).window.document, URL_, {
      fallback: (doc) => ({ elements: Array.from(doc.querySelectorAll('.para')), notes: ['test fallback'] }),
    });
    if ('notArticle' in live) throw new Error(live.reason);
    expect(live.article.paragraphs.map((p) => p.text)).toEqual(PARAS);
    expect(live.article.notes).toContain('test fallback');
  });

  it('leaves @mozilla/readability out of a bundle built from it', async () => {
    const build = (entry: string) =>
      esbuild.build({ entryPoints: [join(__dirname, '../../../src/extract', entry)], bundle: true, write: false, metafile: true, format: 'iife', logLevel: 'silent' });
    const inputs = async (entry: string) => Object.keys((await build(entry)).metafile.inputs);
    expect(await inputs('index.ts')).toContainEqual(expect.stringContaining('@mozilla/readability'));
    expect(await inputs('live.ts')).not.toContainEqual(expect.stringContaining('@mozilla/readability'));
  });
});
