/** Output of `zvirka analyze`: the documented JSON shape, or a human-readable listing. */
import type { Article, Claim, EvidenceLink } from '../core/types';

export interface PageResult {
  input: string;
  article: Article;
  claims: Claim[];
  links: Map<string, EvidenceLink[]>;
}

/** The `--json` document: `{"pages": [{input, url, title, lang, claims: [...]}]}`. */
export function toJson(results: PageResult[]): unknown {
  return {
    pages: results.map(({ input, article, claims, links }) => ({
      input,
      url: article.url,
      title: article.title,
      lang: article.lang,
      claims: claims.map((c) => ({
        text: c.text,
        quote: c.quote,
        kind: c.kind,
        speaker: c.speaker ?? null,
        source: c.source ?? null,
        checkworthiness: Math.round(c.checkworthiness * 1000) / 1000,
        links: (links.get(c.id) ?? []).map((l) => ({
          url: l.url,
          outlet: l.outlet,
          published: l.published ?? null,
          stance: l.stance,
          score: Math.round(l.score * 1000) / 1000,
          sentence: l.sentence,
          speaker: l.speaker ?? null,
          origin: l.origin,
          cue: l.cue ?? null,
          sameReport: l.sameReport ?? false,
        })),
      })),
    })),
  };
}

const STANCE_LABEL = { denies: 'DENIED BY', corroborates: 'CORROBORATED BY', related: 'RELATED' } as const;
const STANCE_ORDER = { denies: 0, corroborates: 1, related: 2 } as const;

/** A listing for people: each page, each claim with who says it and who reported it, then its evidence. */
export function toText(results: PageResult[], nameOf: (id: string) => string): string {
  const out: string[] = [];
  for (const { input, article, claims, links } of results) {
    out.push(`${input}`);
    out.push(`  ${[article.title || '(no title)', article.outlet, article.lang, article.published].filter(Boolean).join(' · ')}`);
    out.push(`  ${claims.length} claim${claims.length === 1 ? '' : 's'}`);
    claims.forEach((c, i) => {
      const who = [c.speaker && `said by ${nameOf(c.speaker)}`, c.source && `reported by ${nameOf(c.source)}`, c.target && `about ${nameOf(c.target)}'s report`]
        .filter(Boolean)
        .join(', ');
      const flags = [c.negated && 'negated', c.hedged && 'hedged'].filter(Boolean).join(', ');
      out.push(`  ${i + 1}. [${c.kind}${flags ? `; ${flags}` : ''}] ${c.text}`);
      out.push(`     ${who || 'unattributed'} · check-worthiness ${c.checkworthiness.toFixed(2)}`);
      // Denials first, then corroborations, then related: what a fact-checker reads first.
      const ordered = [...(links.get(c.id) ?? [])].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance]);
      for (const l of ordered) {
        const same = l.sameReport ? ` [repeats ${nameOf(l.origin)}'s report]` : '';
        out.push(`     ${STANCE_LABEL[l.stance]} ${l.speaker ? `${nameOf(l.speaker)} via ` : ''}${l.outlet}${l.published ? ` (${l.published.slice(0, 10)})` : ''}${same}: ${l.sentence}`);
        out.push(`       ${l.url}${l.cue ? ` · cue "${l.cue}"` : ''} · score ${l.score.toFixed(2)}`);
      }
    });
    out.push('');
  }
  return out.join('\n');
}
