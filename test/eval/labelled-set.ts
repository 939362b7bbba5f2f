/**
 * The labelled claim set (test/labelled/claims/*.json): loading, turning a labelled file back into an
 * Article (sentences of one "paragraph" joined by a space, as on the page), and pairing each labelled
 * sentence with the detector's sentence that overlaps it most.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ClaimKind, Lang } from '../../src/core/types';
import type { SentenceAnalysis } from '../../src/core/claims/analyze';

/** One labelled sentence. */
export interface LabelledSentence {
  text: string;
  paragraph: number;
  checkworthy: boolean;
  kind?: ClaimKind;
  speaker?: string;
  source?: string;
  target?: string;
  cue?: string;
  negated?: boolean;
  hedged?: boolean;
  furniture?: boolean;
  heading?: boolean;
}

/** One labelled article. */
export interface LabelledArticle {
  id: string;
  lang: Lang;
  outlet: string;
  url?: string;
  /** Publication date (ISO): tells the gazetteer who held a role ("генсек НАТО" in 2023 or 2026). */
  published?: string;
  source: string;
  sentences: LabelledSentence[];
}

export const LABELLED_DIR = 'test/labelled/claims';

/** All labelled articles, sorted by id (deterministic order for folds). */
export function loadLabelled(dir = LABELLED_DIR): LabelledArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledArticle;
      if (!a.id || !Array.isArray(a.sentences)) throw new Error(`${f}: not a labelled article (needs id and sentences)`);
      return a;
    });
}

/** The Article a labelled file describes, and each labelled sentence's [start, end) in its paragraph. */
export function toArticle(la: LabelledArticle): { article: Article; spans: { p: number; start: number; end: number }[] } {
  const texts: string[] = [];
  const spans: { p: number; start: number; end: number }[] = [];
  for (const s of la.sentences) {
    while (texts.length <= s.paragraph) texts.push('');
    const cur = texts[s.paragraph]!;
    const start = cur ? cur.length + 1 : 0;
    texts[s.paragraph] = cur ? `${cur} ${s.text}` : s.text;
    spans.push({ p: s.paragraph, start, end: start + s.text.length });
  }
  const article: Article = {
    url: la.url ?? `https://${la.outlet}/${la.id}`,
    outlet: la.outlet,
    lang: la.lang,
    title: '',
    ...(la.published ? { published: la.published } : {}),
    paragraphs: texts.map((text, i) => ({ id: `p${i}`, text, kind: 'p' as const })),
    links: [],
    obtained: 'file',
    obtainedAt: '2026-01-01T00:00:00Z',
    adapter: 'text',
  };
  return { article, spans };
}

/** For each labelled sentence, the analysed sentence overlapping it most (null if none). */
export function pair(spans: { p: number; start: number; end: number }[], analysis: SentenceAnalysis[]): (SentenceAnalysis | null)[] {
  return spans.map((s) => {
    let best: SentenceAnalysis | null = null;
    let bestOverlap = 0;
    for (const a of analysis) {
      if (a.unit.pIndex !== s.p) continue;
      const o = Math.min(s.end, a.unit.end) - Math.max(s.start, a.unit.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = a;
      }
    }
    return best;
  });
}
