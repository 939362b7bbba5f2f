/**
 * furnitureReason tests its boilerplate vocabularies without the `i` flag over lowercased plain text.
 * It must answer as the case-insensitive regexes written in furniture.ts do, on every corpus
 * paragraph, upper-cased too, and on text outside the plain set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { BOILERPLATE_SCREEN, furnitureReason } from '../../../../src/core/claims/furniture';

const SRC = readFileSync(join(__dirname, '../../../../src/core/claims/furniture.ts'), 'utf8');

function written(name: string): RegExp {
  const m = new RegExp(`const ${name} = /(.*)/iu;`).exec(SRC);
  if (!m) throw new Error(`${name} not found in furniture.ts`);
  return new RegExp(m[1]!, 'iu');
}

function texts(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs()].concat(['Фото: Getty Images.', 'ВСІ ПРАВА ЗАХИЩЕНІ. ALL RIGHTS RESERVED.', 'Матеріали з сайту можна копіювати.', 'We use Cookies.', 'Читайте ſubscribe.', 'ſubscribe now.', 'Політика конфіденційності.']);
}

/** BOILERPLATE as first written, a flat alternation: the factored one must match where this matches. */
const FLAT = /копіюван|копирован|передрук|перепечат|реклам|©|e-mail|телефон:|азартн|ctrl ?\+ ?enter|матеріал\p{L}* .{0,40}сайт|материал\p{L}* .{0,40}сайт|гіперпосилан|гиперссылк|all rights reserved|cookies?\b|політик\p{L}* конфіденційн|персональних даних|правила користування|редакці[юя] (не|залишає)/iu;
/** Each flat alternative, and near misses of it, inside other text. */
const PROBES = ['копіювання', 'копирование', 'передрук', 'перепечатка', 'реклама', '©', 'e-mail', 'телефон:', 'азартні', 'ctrl+enter', 'ctrl + enter',
  'матеріали з сайту', 'материалы на сайте', 'гіперпосилання', 'гиперссылка', 'all rights reserved', 'cookie', 'cookies', 'cookiesx', 'політика конфіденційності',
  'персональних даних', 'правила користування', 'редакцію не', 'редакція залишає', 'редакція вважає', 'переклад', 'рекорд', 'копія', 'матеріал без', 'політика уряду', 'гіпер'];

describe('BOILERPLATE', () => {
  it('matches where the flat alternation it was factored from matches', () => {
    const any = written('BOILERPLATE');
    let hits = 0;
    for (const t of [...texts(), ...PROBES.flatMap((p) => [p, `Текст ${p} далі.`, p.toUpperCase()])]) {
      expect(any.test(t), t).toBe(FLAT.test(t));
      if (FLAT.test(t)) hits++;
    }
    expect(hits).toBeGreaterThan(30);
  });
});

describe('the sentence-end test', () => {
  it('says "no sentence end" exactly where the regex it replaced finds none', () => {
    const END = /[.!?…]["»”’)\]]*$/u;
    const endings = ['.', '!', '?', '…', '."', '.»', '?»)', '»', '"', ')', '.)]', '.]', 'a', '', ' ', '.\u00a0', '🙂', '.🙂', '.»»', '!?'];
    for (const t of [...texts(), ...endings.flatMap((e) => [`Текст${e}`, e, `Текст.${e}`])]) {
      const none = furnitureReason({ id: 'p0', text: t, kind: 'p' }) === 'no sentence end';
      expect(none, JSON.stringify(t)).toBe(!END.test(t.trim()));
    }
  });
});

describe('furnitureReason on lowercased text', () => {
  const start = written('BOILERPLATE_START');
  const any = written('BOILERPLATE');

  it('finds boilerplate exactly where the written case-insensitive regexes do', () => {
    let boiler = 0;
    // The probes inside prose: the screen must let every alternative's matches reach the regex.
    for (const t of [...texts(), ...PROBES.map((p) => `Текст ${p} далі.`)]) {
      for (const x of [t, t.toUpperCase(), `${t}\u3000.`]) {
        const r = furnitureReason({ id: 'p0', text: x, kind: 'p' });
        const expected = start.test(x.trim()) || any.test(x.trim());
        if (r === 'no sentence end') continue;
        expect(r === 'boilerplate', x).toBe(expected);
        if (expected) boiler++;
      }
    }
    expect(boiler).toBeGreaterThan(20);
  });
});

describe('BOILERPLATE_SCREEN', () => {
  /**
   * For each alternative of FLAT, a literal every match of it holds (outside its optional parts): the
   * screen must hold a piece of each, or a paragraph could match without the regex being asked.
   */
  const REQUIRED: Record<string, string> = {
    копіюван: 'копіюван', копирован: 'копирован', передрук: 'передрук', перепечат: 'перепечат', реклам: 'реклам', '©': '©', 'e-mail': 'e-mail',
    'телефон:': 'телефон:', азартн: 'азартн', 'ctrl ?\\+ ?enter': 'ctrl', 'матеріал\\p{L}* .{0,40}сайт': 'сайт', 'материал\\p{L}* .{0,40}сайт': 'сайт',
    гіперпосилан: 'гіперпосилан', гиперссылк: 'гиперссылк', 'all rights reserved': 'all rights reserved', 'cookies?\\b': 'cookie',
    'політик\\p{L}* конфіденційн': 'конфіденційн', 'персональних даних': 'персональних даних', 'правила користування': 'правила користування',
    'редакці[юя] (не|залишає)': 'редакці',
  };

  it('holds a piece of what every match of each alternative holds', () => {
    const alternatives = FLAT.source.split(/\|(?![^(]*\))/);
    expect(alternatives.sort()).toEqual(Object.keys(REQUIRED).sort());
    for (const [alt, literal] of Object.entries(REQUIRED)) {
      expect(alt.replace(/\\p\{L\}|\\b/g, '').includes(literal), alt).toBe(true);
      expect(BOILERPLATE_SCREEN.strings.some((s) => literal.includes(s)), literal).toBe(true);
    }
  });

  it('passes every corpus text the regex matches, and few of the rest', () => {
    let passed = 0;
    let prose = 0;
    for (const t of texts()) {
      const low = t.toLowerCase();
      if (FLAT.test(low)) expect(BOILERPLATE_SCREEN.test(low), t).toBe(true);
      else {
        prose++;
        if (BOILERPLATE_SCREEN.test(low)) passed++;
      }
    }
    // Not a correctness bound (the regex decides), but a screen that passes most prose saves nothing.
    expect(passed / prose).toBeLessThan(0.1);
  });
});
