/**
 * A string-keyed memo probed with a span of a larger string, so the matcher can look a token up
 * without slicing it out: a Map probe on a fresh slice costs the slice and V8 hashing the new string,
 * and that was the gazetteer's biggest cost. Open addressing over our own hash of the span's code
 * units; a slot matches when its key has the span's length and code units.
 */

/** Initial slot count (a power of two); the table doubles when more than half full. */
const INITIAL_SLOTS = 1024;
/** FNV-1a offset basis and prime (32-bit). */
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash of the empty span, to start `hashStep` from. */
export const HASH_SEED = FNV_BASIS;

/** The hash of a span extended by code unit `c` (signed 32-bit, as Math.imul returns it: never a heap number). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** FNV-1a hash of s[a, b). */
export function spanHash(s: string, a: number, b: number): number {
  let h = HASH_SEED;
  for (let i = a; i < b; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** True when `key` equals s[a, b). */
function sameSpan(key: string, s: string, a: number, b: number): boolean {
  if (key.length !== b - a) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(a + i)) return false;
  return true;
}

/** A memo from strings to values, probed by span (see the file comment). */
export class SpanMemo<V> {
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  /** Number of keys held. */
  size = 0;

  /** The value of the key equal to s[a, b) whose spanHash is `h`, or undefined. */
  get(s: string, a: number, b: number, h: number): V | undefined {
    const mask = this.hashes.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const key = this.keys[i];
      if (key === undefined) return undefined;
      if (this.hashes[i] === h && sameSpan(key, s, a, b)) return this.values[i];
    }
  }

  /** Stores `v` for `key` (whose spanHash is `h`); the key must not be held yet. */
  set(key: string, h: number, v: V): void {
    if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.place(key, h, v);
    this.size++;
  }

  /** Forgets every key. */
  clear(): void {
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
    this.hashes = new Int32Array(INITIAL_SLOTS);
    this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
    this.size = 0;
  }

  private place(key: string, h: number, v: V): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    this.keys[i] = key;
    this.hashes[i] = h;
    this.values[i] = v;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const slots = hashes.length * 2;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.place(key, hashes[i]!, values[i] as V);
    }
  }
}
