/**
 * The saved-page fixtures (test/fixtures/pages/<name>/{source.html,expected.json}) and the two DOM
 * implementations the extractor must give identical answers on: jsdom (tests, CLI) and linkedom
 * (worker-safe DOM for fetched pages).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

export const PAGES_DIR = join(__dirname, '../../fixtures/pages');

export interface Expected {
  url: string;
  outlet: string;
  lang: string;
  title: string;
  published?: string;
  author?: string;
  paragraphs: string[];
  links?: { text: string; href: string }[];
}

export interface FixturePage {
  name: string;
  html: string;
  expected: Expected;
}

/** Every fixture folder that has both files. */
export function loadFixturePages(): FixturePage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'expected.json')) && existsSync(join(PAGES_DIR, d.name, 'source.html')))
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(PAGES_DIR, d.name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES_DIR, d.name, 'expected.json'), 'utf8')) as Expected,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type DomKind = 'jsdom' | 'linkedom';

/** Parse `html` as a Document with the given implementation. */
export function parseWith(kind: DomKind, html: string, url: string): Document {
  if (kind === 'jsdom') return new JSDOM(html, { url }).window.document;
  return parseHTML(html).document as unknown as Document;
}
