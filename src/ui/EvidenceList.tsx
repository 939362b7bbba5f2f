/**
 * What other sources said about a claim, grouped by stance (denials first), each item with its
 * speaker, outlet, date, the sentence, and a link that opens the source at that sentence.
 * Shared by the claim card and the popup so the two never drift apart.
 */
import type { EvidenceLink, Stance } from '../core/types';
import { t, uiLanguage } from './i18n';
import { textFragmentUrl } from './links';
import { ReportMismatch, type ReportActions } from './ReportMismatch';
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

/** Evidence links grouped by stance; an honest empty state when there are none. */
export function EvidenceList({ links, reportFor }: { links: EvidenceLink[]; reportFor?: ReportFor }) {
  if (links.length === 0) return <p class="zv-empty">{t('cardNoEvidence')}</p>;
  return (
    <div class="zv-evidence-list">
      {ORDER.map((stance) => {
        const group = links.filter((l) => l.stance === stance);
        if (group.length === 0) return null;
        return (
          <section key={stance}>
            <h3 class="zv-group">{t(HEADING[stance])}</h3>
            <ul>
              {group.map((l) => (
                <EvidenceItem key={`${l.url}|${l.sentence}`} link={l} reportFor={reportFor} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
