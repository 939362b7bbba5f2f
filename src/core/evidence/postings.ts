/**
 * The index's key tables, in integer ids and typed arrays rather than strings and objects: key
 * interning (each distinct key string is stored once and has an id), postings lists by key id, and a
 * flat pool of every entry's key ids with a byte of flags each (field, borrowed from context). The
 * query path (candidates, coverage) then touches numbers only, and IDF is cached per key id until
 * the index changes.
 */
import { fieldOf, type KeyField } from './keys';

/** Field codes in the pool's flag byte (low 3 bits); FLAG_BORROWED marks a key taken from context. */
export const FIELD_CODE: Record<KeyField, number> = { e: 0, c: 1, n: 2, d: 3, w: 4 };
export const WORD_CODE = FIELD_CODE.w;
export const FLAG_BORROWED = 8;
const INITIAL_POOL = 1 << 16;

/** Interned keys, postings and the per-entry key pool; see the module comment. */
export class KeyTables {
  private ids = new Map<string, number>();
  /** Key string of each id (the interned instance, shared by every entry that has the key). */
  readonly strings: string[] = [];
  /** Entry ids having each key, oldest first (removed entries stay until rebuild()). */
  postings: number[][] = [];
  /** Key ids of all entries back to back; entry i's are pool[start[i]] … pool[start[i] + count[i] - 1]. */
  pool = new Int32Array(INITIAL_POOL);
  flags = new Uint8Array(INITIAL_POOL);
  start = new Int32Array(1024);
  count = new Uint16Array(1024);
  private used = 0;
  private idfCache = new Float64Array(256);
  private idfStamp = new Int32Array(256);
  /** Bumped whenever IDF may change (an entry added or removed); 0 is never a valid stamp. */
  private stamp = 1;

  /** The id of `key`, or -1 when no entry has it. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** The interned id of `key`, created if new. */
  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(key, id);
      this.strings.push(key);
      this.postings.push([]);
      if (id >= this.idfCache.length) {
        const c = new Float64Array(this.idfCache.length * 2);
        c.set(this.idfCache);
        this.idfCache = c;
        const s = new Int32Array(this.idfStamp.length * 2);
        s.set(this.idfStamp);
        this.idfStamp = s;
      }
    }
    return id;
  }

  /**
   * Records entry `entry`'s keys (the pool range, and postings when `post`), replacing each string of
   * `keys` in place by its interned copy, so entries share one copy of each key string.
   */
  addEntry(entry: number, keys: string[], borrowed: readonly string[] | undefined, post = true): void {
    this.stamp++;
    if (entry >= this.start.length) {
      const n = Math.max(this.start.length * 2, entry + 1);
      const s = new Int32Array(n);
      s.set(this.start);
      this.start = s;
      const c = new Uint16Array(n);
      c.set(this.count);
      this.count = c;
    }
    if (this.used + keys.length > this.pool.length) {
      const n = Math.max(this.pool.length * 2, this.used + keys.length);
      const p = new Int32Array(n);
      p.set(this.pool);
      this.pool = p;
      const f = new Uint8Array(n);
      f.set(this.flags);
      this.flags = f;
    }
    this.start[entry] = this.used;
    this.count[entry] = keys.length;
    const ctx = borrowed && borrowed.length ? new Set(borrowed) : null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const id = this.intern(k);
      keys[i] = this.strings[id]!;
      this.pool[this.used] = id;
      this.flags[this.used] = FIELD_CODE[fieldOf(k)] | (ctx?.has(k) ? FLAG_BORROWED : 0);
      this.used++;
      if (post) this.postings[id]!.push(entry);
    }
  }

  /** Marks the index changed (an entry removed): IDF is recomputed lazily. */
  touch(): void {
    this.stamp++;
  }

  /** Rebuilds the postings from the live entries (ids for which `live` is true). */
  rebuild(entries: number, live: (id: number) => boolean): void {
    this.postings = this.strings.map(() => []);
    for (let e = 0; e < entries; e++) {
      if (!live(e)) continue;
      const from = this.start[e]!;
      const to = from + this.count[e]!;
      for (let i = from; i < to; i++) this.postings[this.pool[i]!]!.push(e);
    }
    this.stamp++;
  }

  /** BM25-style IDF of key id `k` with `background` sentences, cached until the index changes. */
  idf(k: number, background: number): number {
    if (this.idfStamp[k] === this.stamp) return this.idfCache[k]!;
    const df = this.postings[k]!.length;
    const v = Math.log(1 + (background - df + 0.5) / (df + 0.5));
    this.idfCache[k] = v;
    this.idfStamp[k] = this.stamp;
    return v;
  }
}
