import { describe, expect, it } from 'vitest';
import { safeHref, textFragmentUrl } from '../../../src/ui/links';
import { displayText } from '../../../src/ui/text';

describe('evidence links', () => {
  it('only http(s) URLs become links', () => {
    expect(safeHref('https://www.pravda.com.ua/news/2026/05/20/1/')).toBe('https://www.pravda.com.ua/news/2026/05/20/1/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x', 'vbscript:x', '/relative', '', 'file:///etc/passwd']) {
      expect(safeHref(bad)).toBeNull();
      expect(textFragmentUrl(bad, 'x')).toBeNull();
    }
  });

  it('open the source at the sentence with an encoded text fragment', () => {
    const url = textFragmentUrl('https://ua.korrespondent.net/world/1-x#top', 'Китай спростував публікацію Reuters, - МЗС');
    expect(url).toBe(
      'https://ua.korrespondent.net/world/1-x#:~:text=' +
        encodeURIComponent('Китай спростував публікацію Reuters').concat('%2C%20%2D%20', encodeURIComponent('МЗС')),
    );
    const long = 'Раз два три чотири п’ять шість сім вісім дев’ять десять одинадцять дванадцять тринадцять чотирнадцять пʼятнадцять';
    const enc = encodeURIComponent;
    expect(textFragmentUrl('https://x.ua/a', long)).toBe(
      `https://x.ua/a#:~:text=${enc('Раз два три чотири')},${enc('дванадцять тринадцять чотирнадцять пʼятнадцять')}`,
    );
  });

  it('strip bidi controls and control characters from remote text', () => {
    expect(displayText('Reuters \u202Eтексt\u202C <b>x</b>\u0007')).toBe('Reuters тексt <b>x</b>');
    expect(displayText('a'.repeat(700), 10)).toBe('aaaaaaaaa…');
  });
});
