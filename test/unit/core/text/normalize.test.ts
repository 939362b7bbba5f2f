import { describe, expect, it } from 'vitest';
import { foldChar, normalizeSameLength, normalizeText } from '../../../../src/core/text/normalize';

describe('normalizeText', () => {
  it('folds apostrophes, quotes and dashes', () => {
    expect(normalizeText('зв’язку зв\u02BCязку зв`язку зв\u2032язку')).toBe("зв'язку зв'язку зв'язку зв'язку");
    expect(normalizeText('«Так» „так“ “so” ‹a› ‚b‘')).toBe('"так" "так" "so" "a" "b"');
    expect(normalizeText('a–b—c‑d−e―f')).toBe('a-b-c-d-e-f');
  });

  it('removes invisible and bidi characters, maps exotic spaces, collapses whitespace', () => {
    expect(normalizeText('спросту\u00ADвання\u200B \u2060Китаю\uFEFF')).toBe('спростування китаю');
    expect(normalizeText('\u202Atext\u202C \u200Fmore')).toBe('text more');
    expect(normalizeText('  912\u00A0490\u202Fосіб \n\t тут ')).toBe('912 490 осіб тут');
  });

  it('lowercases and folds ё, including a decomposed ё', () => {
    expect(normalizeText('Ещё ЁЛКА')).toBe('еще елка');
    expect(normalizeText('е\u0308ж')).toBe('еж');
  });
});

describe('normalizeSameLength', () => {
  it('keeps offsets valid', () => {
    const s = '«Ми не бачили», – сказав Столтенберг\u00A0у середу. Ещё';
    const out = normalizeSameLength(s);
    expect(out).toHaveLength(s.length);
    expect(out).toBe('"Ми не бачили", - сказав Столтенберг у середу. Еще');
    const lower = normalizeSameLength(s, true);
    expect(lower).toHaveLength(s.length);
    expect(lower.indexOf('столтенберг')).toBe(s.indexOf('Столтенберг'));
  });

  it('does not touch invisible characters (that would change length)', () => {
    expect(normalizeSameLength('a\u00ADb')).toBe('a\u00ADb');
  });

  it('foldChar folds one character', () => {
    expect(foldChar('’')).toBe("'");
    expect(foldChar('»')).toBe('"');
    expect(foldChar('ё')).toBe('е');
    expect(foldChar('x')).toBe('x');
  });
});
