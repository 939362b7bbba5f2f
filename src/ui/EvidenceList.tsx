/**
 * What other sources said about a claim, grouped by stance (denials first), each item with its
 * speaker, outlet, date, the sentence, and a link that opens the source at that sentence.
 * Shared by the claim card and the popup so the two never drift apart.
 */
import type { EvidenceLink, Stance } from '../core/types';
import { t, uiLanguage } from './i18n';
import { textFragmentUrl } from './links';
import { ReportMismatch } from './ReportMismatch';
import type { ReportActions } from './report-actions';
import { displayDate, displayText } from './text';

const ORDER: Stance[] = ['denies', 'corroborates', 'related'];
const HEADING: Record<Stance, string> = { denies: 'groupDenies', corroborates: 'groupCorroborates', related: 'groupRelated' };

/** Makes the report actions for one link; absent where reporting is not offered. */
export type ReportFor = (link: EvidenceLink) => ReportActions;

function EvidenceItem({ link, reportFor }: { link: EvidenceLink; reportFor?: ReportFor }) {
  const href = textFragmentUrl(link.url, link.sentence);
  const meta = [displayText(link.speakerName ?? link.speaker, 80), displayText(link.outlet, 60), displayDate(link.published, uiLanguage())]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class={`zv-evidence zv-${link.stance}`}>
      <div class="zv-meta">{meta}</div>
      <q class="zv-sentence">{displayText(link.sentence, 300)}</q>
      {href && (
        <a class="zv-open" href={href} target="_blank" rel="noopener noreferrer">
          {displayText(link.title, 120) || displayText(link.outlet, 60)}
        </a>
      )}
      {reportFor && <ReportMismatch actions={reportFor(link)} />}
    </li>
  );
}

const byDate = (a: EvidenceLink, b: EvidenceLink) => (a.published ?? '9999').localeCompare(b.published ?? '9999');

/** Links by origin, each origin's links earliest first, origins by their earliest link. */
function byOrigin(links: EvidenceLink[]): EvidenceLink[][] {
  const groups = new Map<string, EvidenceLink[]>();
  for (const l of [...links].sort(byDate)) groups.set(l.origin, [...(groups.get(l.origin) ?? []), l]);
  return [...groups.values()];
}

/** One origin: its earliest link in full; the outlets repeating it folded under a summary. */
function OriginGroup({ links, reportFor }: { links: EvidenceLink[]; reportFor?: ReportFor }) {
  const [first, ...rest] = links;
  if (!first) return null;
  return (
    <>
      <EvidenceItem link={first} reportFor={reportFor} />
      {rest.length > 0 && (
        <li class="zv-repeats">
          <details>
            <summary>{t('originRepeated', [displayText(first.originName ?? first.origin, 60), String(rest.length)])}</summary>
            <ul>
              {rest.map((l) => (
                <EvidenceItem key={`${l.url}|${l.sentence}`} link={l} reportFor={reportFor} />
              ))}
            </ul>
          </details>
        </li>
      )}
    </>
  );
}

/** A compact timeline: the evidence's dates in order, each marked with its stance. */
function Timeline({ links }: { links: EvidenceLink[] }) {
  const dated = links.filter((l) => l.published).sort(byDate);
  if (dated.length < 2) return null;
  const days = new Map<string, Set<Stance>>();
  for (const l of dated) days.set(l.published!.slice(0, 10), (days.get(l.published!.slice(0, 10)) ?? new Set()).add(l.stance));
  return (
    <ol class="zv-timeline" aria-label={t('timeline')}>
      {[...days].map(([day, stances]) => (
        <li key={day}>
          <time dateTime={day}>{displayDate(day, uiLanguage())}</time>
          {[...stances].map((s) => (
            <span key={s} class={`zv-dot zv-dot-${s}`} title={t(HEADING[s])} />
          ))}
        </li>
      ))}
    </ol>
  );
}

/** Evidence links grouped by stance (denials first) and, within, by origin; an honest empty state. */
export function EvidenceList({ links, reportFor }: { links: EvidenceLink[]; reportFor?: ReportFor }) {
  if (links.length === 0) return <p class="zv-empty">{t('cardNoEvidence')}</p>;
  return (
    <div class="zv-evidence-list">
      <Timeline links={links} />
      {ORDER.map((stance) => {
        const group = links.filter((l) => l.stance === stance);
        if (group.length === 0) return null;
        return (
          <section key={stance}>
            <h3 class="zv-group">{t(HEADING[stance])}</h3>
            <ul>
              {byOrigin(group).map((g) => (
                <OriginGroup key={g[0]!.origin} links={g} reportFor={reportFor} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
