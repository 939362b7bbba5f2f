import { describe, expect, it } from 'vitest';
import { collectBlocksFromHtml } from '../../../../src/background/evidence/html-blocks';
import { articleFromFeedText } from '../../../../src/background/evidence/page-article';

const NOW = new Date('2026-05-21T08:00:00Z');

describe('feed full text → paragraphs', () => {
  it('takes the innermost blocks, drops figures and scripts, keeps kinds', () => {
    const html = `<div><p>Перший абзац про заяву МЗС.</p><figure><img src="x"><figcaption>Фото: Getty Images</figcaption></figure>
      <h2>Що писало Reuters</h2><ul><li>Пункт один</li></ul><blockquote>Цитата речника</blockquote><script>alert(1)</script><p>Останній <b>абзац</b>.</p></div>`;
    expect(collectBlocksFromHtml(html).map((p) => [p.id, p.kind, p.text])).toEqual([
      ['p0', 'p', 'Перший абзац про заяву МЗС.'],
      ['p1', 'h', 'Що писало Reuters'],
      ['p2', 'li', 'Пункт один'],
      ['p3', 'quote', 'Цитата речника'],
      ['p4', 'p', 'Останній абзац.'],
    ]);
  });

  it('splits block-less text on <br> and line breaks; markup in it stays text', () => {
    expect(collectBlocksFromHtml('Рядок один<br>Рядок <i>два</i><br/><br>Рядок три').map((p) => p.text)).toEqual(['Рядок один', 'Рядок два', 'Рядок три']);
    expect(collectBlocksFromHtml('Перший рядок\n\nДругий рядок').map((p) => p.text)).toEqual(['Перший рядок', 'Другий рядок']);
  });

  it('an item with text becomes an Article obtained feed; an empty one gives a reason', () => {
    const a = articleFromFeedText({ url: 'https://www.pravda.com.ua/news/2026/05/20/7590250/', title: 'T', published: '2026-05-20T10:40:00.000Z', html: '<p>Міністерство закордонних справ Китаю спростувало публікацію.</p>', lang: 'uk-UA' }, NOW);
    expect(a).toMatchObject({ outlet: 'pravda.com.ua', lang: 'uk', obtained: 'feed', obtainedAt: NOW.toISOString(), published: '2026-05-20T10:40:00.000Z', adapter: 'feed' });
    expect(articleFromFeedText({ url: 'https://tsn.ua/a.html', title: 'T', html: '<p> </p><img src=x>' }, NOW)).toEqual({ reason: 'the item has no text' });
  });
});
