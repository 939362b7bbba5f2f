import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/extract/decode';

const page = (meta: string, body: string) => `<html><head>${meta}<title>t</title></head><body><p>${body}</p></body></html>`;
const cp1251 = (s: string) => {
  // windows-1251 for Ukrainian Cyrillic: А-я map to 0xC0-0xFF; і/І/ї/Ї/є/Є/ґ/Ґ have their own codes.
  const extra: Record<string, number> = { і: 0xb3, І: 0xb2, ї: 0xbf, Ї: 0xaf, є: 0xba, Є: 0xaa, ґ: 0xb4, Ґ: 0xa5 };
  return Uint8Array.from([...s].map((ch) => extra[ch] ?? (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
};
const TEXT = 'Китай спростував публікацію Reuters, заявили в МЗС';

describe('decodeHtml', () => {
  it('reads UTF-8 pages with and without a declaration, and BOMs', () => {
    const bytes = new TextEncoder().encode(page('<meta charset="utf-8">', TEXT));
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(new TextEncoder().encode(page('', TEXT))).text).toContain(TEXT);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeHtml(bom).text).toContain(TEXT);
  });

  it('reads windows-1251 pages that declare it, or declare nothing', () => {
    const declared = cp1251(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', TEXT));
    expect(decodeHtml(declared)).toMatchObject({ encoding: 'windows-1251' });
    expect(decodeHtml(declared).text).toContain(TEXT);
    expect(decodeHtml(cp1251(page('', TEXT))).text).toContain(TEXT);
    expect(decodeHtml(cp1251(page('', TEXT)), 'windows-1251').text).toContain(TEXT);
  });

  it('trusts the bytes over a wrong declaration, and ignores unknown charset names', () => {
    const wrong = new TextEncoder().encode(page('<meta charset="windows-1251">', TEXT));
    expect(decodeHtml(wrong)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(wrong).text).toContain(TEXT);
    const bogus = new TextEncoder().encode(page('<meta charset="klingon-8">', TEXT));
    expect(decodeHtml(bogus).text).toContain(TEXT);
  });
});
