import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorClaim } from '../../../src/content/anchor';
import type { Claim } from '../../../src/core/types';
import { blockText, pointAt, visibleText } from '../../../src/extract/dom-text';

function claimOf(text: string, block: string, exact = text): Claim {
  const start = block.indexOf(exact);
  return {
    id: 'c0', text, paragraph: 'p0', start, end: start + text.length,
    quote: { exact, prefix: block.slice(Math.max(0, start - 32), start), suffix: block.slice(start + exact.length, start + exact.length + 32) },
    position: { start, end: start + text.length }, kind: 'report', entities: [], concepts: [], numbers: [], dates: [],
    negated: false, hedged: false, checkworthiness: 0.9, lang: 'uk',
  };
}

const HTML = `<p id="p">  Нагадаємо,   агентство <b>Reuters</b>
  писало, що <a href="#">Китай таємно провів підготовку&nbsp;близько 200</a> російських військовослужбовців.<script>var x = "не текст";</script>
  <span hidden>приховане</span> Згодом<br>Китай спростував.</p>`;

describe('block text and anchoring', () => {
  const dom = new JSDOM(HTML);
  const doc = dom.window.document;
  const p = doc.getElementById('p')!;

  it('collapses whitespace, skips scripts and hidden text, and maps every character back to the DOM', () => {
    const bt = blockText(p);
    expect(bt.text).toBe(
      'Нагадаємо, агентство Reuters писало, що Китай таємно провів підготовку близько 200 російських військовослужбовців. Згодом Китай спростував.',
    );
    let mapped = 0;
    for (let i = 0; i < bt.text.length; i++) {
      const at = pointAt(bt, i);
      if (at) expect(at.node.data[at.offset]!.replace(/\s|\u00a0/, ' ')).toBe(bt.text[i]);
      if (at) mapped++;
    }
    // Every character but the space standing for the <br> maps to a text node.
    expect(mapped).toBe(bt.text.length - 1);
    expect(pointAt(bt, -1)).toBeNull();
    expect(pointAt(bt, bt.text.length)).toBeNull();
  });

  it('anchors a claim spanning several elements to a Range with exactly its text', () => {
    const text = visibleText(p);
    const claim = claimOf('агентство Reuters писало, що Китай таємно провів підготовку близько 200 російських військовослужбовців.', text);
    const range = anchorClaim(doc, p, claim)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe(claim.text);
  });

  it('falls back to the quote when offsets moved, using prefix and suffix to pick the occurrence', () => {
    const text = visibleText(p);
    const claim = { ...claimOf('Китай спростував.', text), start: 0, end: 3 };
    const range = anchorClaim(doc, p, claim)!;
    expect(range.toString()).toBe('Китай спростував.');
    expect(range.startContainer.textContent).toContain('Китай спростував');
  });

  it('leaves a claim unanchored when its text is gone', () => {
    const claim = { ...claimOf('Китай спростував.', visibleText(p)), quote: { exact: 'Пекін заперечив.', prefix: '', suffix: '' }, start: 0, end: 1 };
    expect(anchorClaim(doc, p, claim)).toBeNull();
  });
});
