import { describe, expect, it } from 'vitest';
import { bucketOf, compile, hitEntity, hitVia } from '../../../../src/core/entities/compile';
import { shippedData } from '../../../../src/core/entities/gazetteer';
import { inflectAdjective, inflectName } from '../../../../src/core/entities/inflect';
import { firstTokenEnd, normalizeName } from '../../../../src/core/entities/normalize';

describe('generated forms', () => {
  it('never give one surface to two entities unless the data says so', () => {
    // The validator (add-entity.mjs) checks the nominatives; this checks every generated case form,
    // so a declension rule that turns one name into another entity's form fails here.
    const idx = compile(shippedData(), undefined, true);
    const unexpected: string[] = [];
    for (const [key, hits] of idx.keys) {
      if (typeof hits === 'number') continue;
      const entities = hits.map((h) => idx.entities[hitEntity(h)]!);
      // One entity by two paths (a name in one language, an alias in another) is no collision.
      if (new Set(entities).size < 2) continue;
      const allRoles = hits.every((h) => hitVia(h) === 'role');
      const allAmbiguous = entities.every((e) => (e.ambiguous ?? []).length > 0);
      if (!allRoles && !allAmbiguous) unexpected.push(`${key}: ${entities.map((e) => e.id).join(', ')}`);
    }
    expect(unexpected).toEqual([]);
  });

  it('stay within a bounded number per entity', () => {
    const idx = compile(shippedData(), undefined, true);
    expect(idx.forms / idx.entities.length).toBeLessThan(60);
  });
});

describe('lazy buckets', () => {
  it('put every generated case form in the bucket of its nominative', () => {
    // The lazy compiler inflects a name when text shows a word from its nominative's bucket; a form
    // starting with other letters (a rule that changes the front of a word) would never be found.
    const misses: string[] = [];
    for (const e of shippedData()) {
      for (const lang of ['uk', 'ru'] as const) {
        const person = e.type === 'person';
        const names = [...(e.names[lang] ?? []), ...(e.metonyms?.[lang] ?? []), ...((e.roles?.[lang] as string[] | undefined) ?? [])];
        const forms = names.flatMap((n) => {
          const nom = normalizeName(n);
          return inflectName(nom, lang, { person: person && (e.names[lang] ?? []).includes(n), female: e.gender === 'f' }).map((f) => [nom, f] as const);
        });
        for (const a of e.adjectives?.[lang] ?? []) for (const f of inflectAdjective(normalizeName(a), lang)) forms.push([normalizeName(a), f]);
        for (const [nom, f] of forms) {
          const bucket = bucketOf(nom.slice(0, firstTokenEnd(nom)));
          if (!f.toLowerCase().startsWith(bucket)) misses.push(`${nom} → ${f}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
