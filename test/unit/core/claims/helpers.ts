/** Builds an Article from paragraph texts, as the text-mode extractor would. */
import type { Article, Lang } from '../../../../src/core/types';

export function article(paragraphs: string[], lang: Lang = 'uk', published?: string): Article {
  return {
    url: 'https://example.test/a',
    outlet: 'example.test',
    lang,
    title: '',
    ...(published ? { published } : {}),
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text, kind: 'p' as const })),
    links: [],
    obtained: 'file',
    obtainedAt: '2026-05-20T12:00:00Z',
    adapter: 'text',
  };
}
