import { describe, expect, it } from 'vitest';
import { FIELD_CODE, FLAG_BORROWED, KeyTables } from '../../../../src/core/evidence/postings';

describe('KeyTables', () => {
  it('interns keys: entries share one string per key, postings and the pool are by key id', () => {
    const t = new KeyTables();
    const a = ['e:china', `c:${'train'}`, 'w:uk:підготов'];
    const b = [`e:${'chi'}na`, 'n:200'];
    t.addEntry(0, a, undefined);
    t.addEntry(1, b, ['n:200']);
    expect(b[0]).toBe(a[0]);
    expect(b[0]).toBe(t.strings[t.idOf('e:china')]);
    const china = t.idOf('e:china');
    expect(t.postings[china]).toEqual([0, 1]);
    expect(t.idOf('e:nowhere')).toBe(-1);
    // Entry 1's keys in the pool, with field codes and the borrowed flag.
    const from = t.start[1]!;
    expect(t.count[1]).toBe(2);
    expect([...t.pool.slice(from, from + 2)]).toEqual([china, t.idOf('n:200')]);
    expect(t.flags[from]).toBe(FIELD_CODE.e);
    expect(t.flags[from + 1]).toBe(FIELD_CODE.n | FLAG_BORROWED);
  });

  it('rebuild drops removed entries from the postings; IDF follows the document frequency', () => {
    const t = new KeyTables();
    for (let i = 0; i < 4; i++) t.addEntry(i, i % 2 ? ['e:china', 'c:train'] : ['e:china'], undefined);
    const china = t.idOf('e:china');
    const train = t.idOf('c:train');
    expect(t.idf(train, 100)).toBeGreaterThan(t.idf(china, 100));
    const before = t.idf(china, 100);
    t.rebuild(4, (id) => id !== 0 && id !== 2);
    expect(t.postings[china]).toEqual([1, 3]);
    expect(t.idf(china, 100)).toBeGreaterThan(before);
  });

  it('grows past its initial sizes without losing entries', () => {
    const t = new KeyTables();
    const keys = Array.from({ length: 40 }, (_, i) => `n:${i + 100}`);
    for (let i = 0; i < 3000; i++) t.addEntry(i, keys, undefined);
    expect(t.postings[t.idOf('n:139')]!.length).toBe(3000);
    const from = t.start[2999]!;
    expect(t.strings[t.pool[from + 39]!]).toBe('n:139');
  });
});
