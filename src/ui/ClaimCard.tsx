/** The card a click on a highlighted claim opens: the claim, then what other sources said. */
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimView } from '../shared/protocol';
import { ClaimSummary } from './ClaimSummary';
import { EvidenceList, type ReportFor } from './EvidenceList';
import { t } from './i18n';

export interface ClaimCardProps {
  claim: ClaimView;
  /** 1-based position of the claim in reading order, and how many claims the page has. */
  index: number;
  total: number;
  onClose(): void;
  onStep(direction: 1 | -1): void;
  reportFor?: ReportFor;
}

export function ClaimCard({ claim, index, total, onClose, onStep, reportFor }: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus moves into the card when it opens, so Esc and Tab work at once.
    dialog.current?.focus();
  }, [claim.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      class="zv-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="zv-card-title"
      tabIndex={-1}
      ref={dialog}
      onKeyDown={onKeyDown}
    >
      <header class="zv-card-head">
        <h2 id="zv-card-title" class="zv-title">
          Звірка
        </h2>
        <button type="button" class="zv-close" onClick={onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      <ClaimSummary claim={claim} />
      <EvidenceList links={claim.links} reportFor={reportFor} />
      {total > 1 && (
        <nav class="zv-steps" aria-label={t('cardNav')}>
          <button type="button" class="zv-step" onClick={() => onStep(-1)}>
            ‹ {t('cardPrev')}
          </button>
          <span class="zv-pos">{t('cardPosition', [String(index), String(total)])}</span>
          <button type="button" class="zv-step" onClick={() => onStep(1)}>
            {t('cardNext')} ›
          </button>
        </nav>
      )}
    </div>
  );
}
