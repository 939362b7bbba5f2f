import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findGenericLead } from '../../../src/extract/generic-lead';

const DESC = 'Пекін заперечив повідомлення Reuters про таємну підготовку російських військових у Китаї.';

function page(lead: string): { first: Element; doc: Document } {
  const doc = new JSDOM(`<body><div class="page"><header>Меню Новини</header><div class="top">
    <div class="intro">${lead}</div></div><div class="body"><p id="p1">Перший абзац статті, не опис.</p><p>Другий.</p></div></div></body>`, { url: 'https://example.com/a' }).window.document;
  return { first: doc.getElementById('p1')!, doc };
}

describe('findGenericLead', () => {
  it('finds the element whose text is the description, across line breaks, no-break spaces and inline markup', () => {
    const { first, doc } = page('Пекін   заперечив\n повідомлення <b>Reuters</b> про&nbsp;таємну підготовку російських військових у Китаї.');
    // The outermost earlier element whose whole text is the description: the wrapper around the intro.
    expect(findGenericLead(first, DESC)?.className).toBe('top');
    expect(findGenericLead(first, DESC)).toBe(doc.querySelector('.top'));
  });

  it('finds nothing when no earlier element holds the description, or holds only part of it', () => {
    expect(findGenericLead(page('Інший текст про інше, достатньо довгий для опису статті.').first, DESC)).toBeNull();
    expect(findGenericLead(page('Пекін заперечив повідомлення Reuters.').first, DESC)).toBeNull();
    // The longest word present but the whole description split across two elements: not a lead.
    expect(findGenericLead(page('<span>Пекін заперечив повідомлення Reuters про таємну</span><p>підготовку російських військових у Китаї.</p>').first, DESC)).toBeNull();
  });
});
