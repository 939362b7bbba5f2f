/**
 * The index's stored form: `{v, docs, claims}` where docs are article metadata and each claim is a
 * positional array (no repeated field names): [doc, text, kind, lang, speaker, source, target, cue,
 * flags (1 negated, 2 hedged), entities, concepts, numbers, dates, words, context keys]. Retrieval keys are not
 * stored: cross-language keys are rebuilt from the fields and word keys are the stored stems, so
 * loading needs no stemming. Postings are rebuilt as the entries are loaded.
 */
import type { ClaimKind, Lang } from '../types';
import type { DocMeta, Entry } from './entry';
import { crossKeys } from './keys';

/** Format version; bump when the claim tuple changes. */
export const FORMAT_VERSION = 2;

type ClaimTuple = [number, string, ClaimKind, Lang, string, string, string, string, number, string[], string[], number[], string[], string[], string[]];

/** The JSON-serializable index. */
export interface SerializedIndex {
  v: number;
  docs: DocMeta[];
  claims: ClaimTuple[];
}

const KINDS = new Set<ClaimKind>(['statement', 'report', 'denial', 'confirmation', 'quantity', 'event', 'no-comment']);

/** Encodes live docs and entries (removed ones dropped, doc numbers compacted). */
export function encodeIndex(docs: readonly (DocMeta | null)[], entries: readonly (Entry | null)[]): SerializedIndex {
  const remap = new Map<number, number>();
  const outDocs: DocMeta[] = [];
  docs.forEach((d, i) => {
    if (!d) return;
    remap.set(i, outDocs.length);
    outDocs.push(d);
  });
  const claims: ClaimTuple[] = [];
  for (const e of entries) {
    if (!e) continue;
    const doc = remap.get(e.doc);
    if (doc === undefined) continue;
    const words = e.keys.filter((k) => k.startsWith('w:')).map((k) => k.slice(2));
    claims.push([doc, e.text, e.kind, e.lang, e.speaker ?? '', e.source ?? '', e.target ?? '', e.cue ?? '', (e.negated ? 1 : 0) | (e.hedged ? 2 : 0), e.entities, e.concepts, e.numbers, e.dates, words, e.ctx ?? []]);
  }
  return { v: FORMAT_VERSION, docs: outDocs, claims };
}

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Decodes and validates a SerializedIndex; throws a TypeError naming the first problem. */
export function decodeIndex(data: unknown): { docs: DocMeta[]; entries: Entry[] } {
  const d = data as Partial<SerializedIndex> | null;
  if (!d || typeof d !== 'object') throw new TypeError('evidence index: expected an object');
  if (d.v !== FORMAT_VERSION) throw new TypeError(`evidence index: unsupported format version ${String(d.v)} (expected ${FORMAT_VERSION})`);
  if (!Array.isArray(d.docs) || !Array.isArray(d.claims)) throw new TypeError('evidence index: "docs" and "claims" must be arrays');
  d.docs.forEach((m, i) => {
    if (!m || typeof m.url !== 'string' || typeof m.outlet !== 'string') throw new TypeError(`evidence index: doc ${i} needs url and outlet`);
  });
  const entries = d.claims.map((t, i): Entry => {
    if (!Array.isArray(t) || t.length !== 15) throw new TypeError(`evidence index: claim ${i} is not a 15-field tuple`);
    const [doc, text, kind, lang, speaker, source, target, cue, flags, entities, concepts, numbers, dates, words, ctx] = t;
    if (!Number.isInteger(doc) || doc < 0 || doc >= d.docs!.length) throw new TypeError(`evidence index: claim ${i} names doc ${doc}, which does not exist`);
    if (typeof text !== 'string' || !KINDS.has(kind)) throw new TypeError(`evidence index: claim ${i} has a bad text or kind`);
    if (!strings(entities) || !strings(concepts) || !strings(dates) || !strings(words) || !strings(ctx) || !Array.isArray(numbers)) throw new TypeError(`evidence index: claim ${i} has a malformed field list`);
    const e: Entry = { doc, text, kind, lang, negated: (flags & 1) !== 0, hedged: (flags & 2) !== 0, entities, concepts, numbers, dates, keys: [] };
    if (speaker) e.speaker = speaker;
    if (source) e.source = source;
    if (target) e.target = target;
    if (cue) e.cue = cue;
    e.keys = [...crossKeys(e), ...words.map((w) => `w:${w}`)];
    if (ctx.length) e.ctx = ctx;
    return e;
  });
  return { docs: d.docs, entries };
}
