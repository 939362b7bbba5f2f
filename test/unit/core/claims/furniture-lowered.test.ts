/**
 * furnitureReason tests its boilerplate vocabularies without the `i` flag over lowercased plain text.
 * It must answer as the case-insensitive regexes written in furniture.ts do, on every corpus
 * paragraph, upper-cased too, and on text outside the plain set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureParagraphs, labelledSentences } from '../../../eval/corpus-texts';
import { furnitureReason } from '../../../../src/core/claims/furniture';

const SRC = readFileSync(join(__dirname, '../../../../src/core/claims/furniture.ts'), 'utf8');

function written(name: string): RegExp {
  const m = new RegExp(`const ${name} = /(.*)/iu;`).exec(SRC);
  if (!m) throw new Error(`${name} not found in furniture.ts`);
  return new RegExp(m[1]!, 'iu');
}

function texts(): string[] {
  return [...labelledSentences(), ...fixtureParagraphs()].concat(['Фото: Getty Images.', 'ВСІ ПРАВА ЗАХИЩЕНІ. ALL RIGHTS RESERVED.', 'Матеріали з сайту можна копіювати.', 'We use Cookies.', 'Читайте ſubscribe.', 'ſubscribe now.', 'Політика конфіденційності.']);
}

describe('furnitureReason on lowercased text', () => {
  const start = written('BOILERPLATE_START');
  const any = written('BOILERPLATE');

  it('finds boilerplate exactly where the written case-insensitive regexes do', () => {
    let boiler = 0;
    for (const t of texts()) {
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
