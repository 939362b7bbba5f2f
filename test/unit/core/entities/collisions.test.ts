import { describe, expect, it } from 'vitest';
import { compile, hitEntity, hitVia } from '../../../../src/core/entities/compile';
import { shippedData } from '../../../../src/core/entities/gazetteer';

describe('generated forms', () => {
  it('never give one surface to two entities unless the data says so', () => {
    // The validator (add-entity.mjs) checks the nominatives; this checks every generated case form,
    // so a declension rule that turns one name into another entity's form fails here.
    const idx = compile(shippedData(), undefined, true);
    const unexpected: string[] = [];
    for (const [key, hits] of idx.keys) {
      if (typeof hits === 'number') continue;
      const entities = hits.map((h) => idx.entities[hitEntity(h)]!);
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
